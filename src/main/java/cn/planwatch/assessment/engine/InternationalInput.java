package cn.planwatch.assessment.engine;

/**
 * The figures the international methods use: baseline y_b in year b, latest y_t in year t, the target y*
 * ({@code null} when there is no numeric target) for year T, the polarity (d = ±1), and whether the
 * indicator is a percentage (for the UN's 0 %/100 % exception).
 */
public record InternationalInput(double baseValue, int baseYear, double latestValue, int latestYear, Double target,
		int targetYear, Polarity polarity, boolean percentage) {

	public InternationalInput {
		if (latestYear <= baseYear) {
			throw new IllegalArgumentException("at least 2 data points are required (latest year after base year)");
		}
	}

	/** CAGR_a = (y_t / y_b)^(1/(t−b)) − 1. */
	public double actualGrowth() {
		return Cagr.of(baseValue, latestValue, latestYear - baseYear);
	}

	/** CAGR_r = (y* / y_b)^(1/(T−b)) − 1. */
	public double requiredGrowth() {
		return Cagr.of(baseValue, target, targetYear - baseYear);
	}

	/** Whether y_t already meets y*: y_t ≥ y* when higher is better, y_t ≤ y* when lower is better. */
	public boolean targetMet() {
		return target != null && (polarity == Polarity.HIGHER ? latestValue >= target : latestValue <= target);
	}

}
