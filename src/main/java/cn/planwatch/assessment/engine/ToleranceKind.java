package cn.planwatch.assessment.engine;

/**
 * How the 基本实现 tolerance τ is measured. A value that misses its target by a shortfall s
 * (see {@link Goal#shortfall}) is 基本实现 when s ≤ τ·|y*| ({@link #RELATIVE_TO_TARGET}, e.g. τ = 5 %:
 * 20.1/10万 against ≤20 misses by 0.1 ≤ 1) or when s ≤ τ in the indicator's own unit
 * ({@link #ABSOLUTE}, e.g. τ = 1 percentage point).
 */
public enum ToleranceKind {

	RELATIVE_TO_TARGET("差距不超过目标值的"), ABSOLUTE("差距不超过");

	private final String text;

	ToleranceKind(String text) {
		this.text = text;
	}

	/** The allowed shortfall for a goal value y*. */
	public double allowedShortfall(double tolerance, double goalValue) {
		return this == RELATIVE_TO_TARGET ? tolerance * Math.abs(goalValue) : tolerance;
	}

	/** The rule in Chinese, e.g. "差距不超过目标值的5%" or "差距不超过1个单位". */
	public String describe(double tolerance) {
		return this == RELATIVE_TO_TARGET ? text + Figures.percent(tolerance) : text + Figures.format(tolerance) + "个单位";
	}

}
