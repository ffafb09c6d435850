package cn.planwatch.assessment.engine;

/**
 * Compatibility mode reproducing Eurostat's EU-SDG monitoring categories (as first implemented by
 * Statistics Canada, citing Eurostat 2021). With a target, RR = CAGR_a / CAGR_r: RR ≥ 0.95 significant
 * progress; 0.60 ≤ RR &lt; 0.95 moderate progress; 0 ≤ RR &lt; 0.60 insufficient progress; RR &lt; 0
 * movement away. Without a target, c = d·CAGR_a: c &gt; 1 % significant progress; 0 ≤ c ≤ 1 % moderate
 * progress; −1 % ≤ c &lt; 0 moderate movement away; c &lt; −1 % significant movement away. The caller picks the
 * period: the last 5 years (short term) or 15 years (long term).
 */
public final class EurostatCategories {

	public enum Category {

		SIGNIFICANT_PROGRESS("显著进展"), MODERATE_PROGRESS("中等进展"), INSUFFICIENT_PROGRESS("进展不足"),
		MODERATE_MOVEMENT_AWAY("略有背离"), MOVEMENT_AWAY("（显著）背离");

		private final String label;

		Category(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	private EurostatCategories() {
	}

	/** RR = CAGR_a / CAGR_r. */
	public static double ratio(InternationalInput input) {
		return input.actualGrowth() / input.requiredGrowth();
	}

	public static Category categorise(InternationalInput input) {
		if (input.target() == null) {
			double c = input.polarity().sign() * input.actualGrowth();
			if (c > 0.01) {
				return Category.SIGNIFICANT_PROGRESS;
			}
			if (c >= 0) {
				return Category.MODERATE_PROGRESS;
			}
			return c >= -0.01 ? Category.MODERATE_MOVEMENT_AWAY : Category.MOVEMENT_AWAY;
		}
		double rr = ratio(input);
		if (rr >= 0.95) {
			return Category.SIGNIFICANT_PROGRESS;
		}
		if (rr >= 0.60) {
			return Category.MODERATE_PROGRESS;
		}
		return rr >= 0 ? Category.INSUFFICIENT_PROGRESS : Category.MOVEMENT_AWAY;
	}

}
