package cn.planwatch.collection;

/** A reported value: being edited, submitted for review, or approved (locked). */
public enum ValueStatus {

	DRAFT("草稿"), SUBMITTED("已提交"), APPROVED("已审核");

	private final String label;

	ValueStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
