package cn.planwatch.evaluation;

/** Where a department's self-assessment stands: DRAFT → SUBMITTED → (RETURNED → SUBMITTED) → ACCEPTED. */
public enum SelfAssessmentStatus {

	DRAFT("填写中"), SUBMITTED("已提交，待评审"), RETURNED("已退回，待修改"), ACCEPTED("评审通过");

	private final String label;

	SelfAssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the department may still change its texts and attachments. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
