package cn.planwatch.assessment.engine;

/**
 * The kind of a target as the plan words it: a floor ("达到70%以上", ≥), a cap ("下降到12/10万以下", ≤),
 * strict versions, a value to hit (=), a direction only ("逐步提高"/"逐步降低"), keeping a level
 * ("保持在95%以上"), elimination ("消除", target 0 unless given) or a qualitative target judged by hand.
 */
public enum Direction {

	AT_LEAST("≥"), AT_MOST("≤"), ABOVE(">"), BELOW("<"), EQUAL("="), INCREASE("逐步提高"), DECREASE("逐步降低"),
	MAINTAIN("保持"), ELIMINATE("消除"), QUALITATIVE("定性");

	private final String label;

	Direction(String label) {
		this.label = label;
	}

	/** The symbol or words used in Chinese sentences. */
	public String label() {
		return label;
	}

	/** "逐步提高" / "逐步降低": judged against the baseline by trend, with no numeric target. */
	public boolean isDirectional() {
		return this == INCREASE || this == DECREASE;
	}

	public boolean isQualitative() {
		return this == QUALITATIVE;
	}

	/** Whether the target needs a numeric target value. */
	public boolean requiresTargetValue() {
		return this == AT_LEAST || this == AT_MOST || this == ABOVE || this == BELOW || this == EQUAL;
	}

}
