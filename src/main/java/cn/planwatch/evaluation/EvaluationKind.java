package cn.planwatch.evaluation;

/** Which evaluation a plan asks for: at mid-term or at the end of its period. */
public enum EvaluationKind {

	MID_TERM("中期评估"), FINAL("终期评估");

	private final String label;

	EvaluationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
