package cn.planwatch.assessment.engine;

/**
 * Compatibility mode reproducing the UNSD SDG Progress Chart trend categories.
 * <p>
 * <b>2020–2022</b> (Technical Note 2022): target met when y_t meets y*; else CR = CAGR_a / CAGR_r:
 * CR ≥ 0.95 substantial progress; 0.50 ≤ CR &lt; 0.95 fair progress; −0.10 ≤ CR &lt; 0.50 limited or no
 * progress; CR &lt; −0.10 deterioration. Without a target, c = d·CAGR_a: c &gt; 1 % substantial;
 * 0.5 % &lt; c ≤ 1 % fair; −1 % ≤ c ≤ 0.5 % limited; c &lt; −1 % deterioration. When y* = y_b (CAGR_r = 0) and
 * the target is no longer met, the category is deterioration.
 * <p>
 * <b>2023 onward</b> (anticipated progress): v̂_T = y_t·(1 + CAGR_a)^(T−t), P = (v̂_T − y_b)/(y* − y_b):
 * target met (y_t meets y*, or a 0 %/100 % target within 1 point) or P ≥ 0.95 → on track or target met;
 * 0.10 ≤ P &lt; 0.95 → progress, acceleration needed; P &lt; 0.10 → stagnation or regression. Without a
 * target, c = d·CAGR_a: c ≥ 2 % on track; 0.5 % ≤ c &lt; 2 % progress; c &lt; 0.5 % stagnation or regression.
 */
public final class UnProgressChart {

	/** The 2020–2022 trend categories. */
	public enum Trend2022 {

		TARGET_MET("已实现目标"), SUBSTANTIAL_PROGRESS("进展显著/步入正轨"), FAIR_PROGRESS("有一定进展，但需加快"),
		LIMITED_OR_NO_PROGRESS("进展有限或无进展"), DETERIORATION("恶化");

		private final String label;

		Trend2022(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** The 2023+ anticipated-progress categories. */
	public enum Anticipated {

		ON_TRACK_OR_MET("步入正轨或已实现目标"), PROGRESS_NEEDS_ACCELERATION("有进展，但需加快"),
		STAGNATION_OR_REGRESSION("停滞或倒退");

		private final String label;

		Anticipated(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private UnProgressChart() {
	}

	/** CR = CAGR_a / CAGR_r (2022 method). */
	public static double currentRatio(InternationalInput input) {
		return input.actualGrowth() / input.requiredGrowth();
	}

	public static Trend2022 trend2022(InternationalInput input) {
		if (input.target() == null) {
			double c = input.polarity().sign() * input.actualGrowth();
			if (c > 0.01) {
				return Trend2022.SUBSTANTIAL_PROGRESS;
			}
			if (c > 0.005) {
				return Trend2022.FAIR_PROGRESS;
			}
			return c >= -0.01 ? Trend2022.LIMITED_OR_NO_PROGRESS : Trend2022.DETERIORATION;
		}
		if (input.targetMet()) {
			return Trend2022.TARGET_MET;
		}
		if (input.requiredGrowth() == 0) {
			return Trend2022.DETERIORATION;
		}
		double cr = currentRatio(input);
		if (cr >= 0.95) {
			return Trend2022.SUBSTANTIAL_PROGRESS;
		}
		if (cr >= 0.50) {
			return Trend2022.FAIR_PROGRESS;
		}
		return cr >= -0.10 ? Trend2022.LIMITED_OR_NO_PROGRESS : Trend2022.DETERIORATION;
	}

	/** v̂_T = y_t·(1 + CAGR_a)^(T−t). */
	public static double projected(InternationalInput input) {
		return input.latestValue() * Math.pow(1 + input.actualGrowth(), input.targetYear() - input.latestYear());
	}

	/** P = (v̂_T − y_b)/(y* − y_b) (2023 method). */
	public static double anticipatedShare(InternationalInput input) {
		return (projected(input) - input.baseValue()) / (input.target() - input.baseValue());
	}

	public static Anticipated anticipated(InternationalInput input) {
		if (input.target() == null) {
			double c = input.polarity().sign() * input.actualGrowth();
			if (c >= 0.02) {
				return Anticipated.ON_TRACK_OR_MET;
			}
			return c >= 0.005 ? Anticipated.PROGRESS_NEEDS_ACCELERATION : Anticipated.STAGNATION_OR_REGRESSION;
		}
		double target = input.target();
		boolean nearBoundTarget = input.percentage() && (target == 0 || target == 100)
				&& Math.abs(input.latestValue() - target) <= 1;
		if (input.targetMet() || nearBoundTarget) {
			return Anticipated.ON_TRACK_OR_MET;
		}
		if (target == input.baseValue()) {
			return Anticipated.STAGNATION_OR_REGRESSION;
		}
		double p = anticipatedShare(input);
		if (p >= 0.95) {
			return Anticipated.ON_TRACK_OR_MET;
		}
		return p >= 0.10 ? Anticipated.PROGRESS_NEEDS_ACCELERATION : Anticipated.STAGNATION_OR_REGRESSION;
	}

}
