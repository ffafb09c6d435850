package cn.planwatch.plan;

/** A catalogue indicator suggested for a target as the plan words it, with a score in [0, 1] and the reason in Chinese. */
public record IndicatorSuggestion(Indicator indicator, double score, String reason) {

	/** Scores at or above this are linked without asking; lower ones are offered to the reviewer. */
	public static final double CONFIDENT = 0.75;

	public boolean confident() {
		return score >= CONFIDENT;
	}

}
