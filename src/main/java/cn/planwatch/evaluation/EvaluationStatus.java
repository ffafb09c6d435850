package cn.planwatch.evaluation;

/**
 * Where an evaluation stands: departments write their self-assessments (OPEN), the evaluation
 * group reviews them (UNDER_REVIEW), the group sends the result to the leadership group
 * (SUBMITTED_FOR_APPROVAL), which approves it (APPROVED) or returns it with a reason (RETURNED).
 */
public enum EvaluationStatus {

	OPEN("单位自评中"), UNDER_REVIEW("评估组评审中"), SUBMITTED_FOR_APPROVAL("待领导小组审定"), APPROVED("已审定"),
	RETURNED("领导小组退回，待评估组修改");

	private final String label;

	EvaluationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether self-assessments may still be written, corrected, scored, accepted or returned. */
	public boolean inProgress() {
		return this == OPEN || this == UNDER_REVIEW || this == RETURNED;
	}

}
