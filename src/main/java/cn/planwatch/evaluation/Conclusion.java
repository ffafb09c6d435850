package cn.planwatch.evaluation;

/** A department's own conclusion on one target (自评结论). */
public enum Conclusion {

	ACHIEVED("已实现"), MOSTLY_ACHIEVED("基本实现"), NOT_ACHIEVED("未实现"), CANNOT_ASSESS("无法评估");

	private final String label;

	Conclusion(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
