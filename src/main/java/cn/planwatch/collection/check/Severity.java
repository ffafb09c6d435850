package cn.planwatch.collection.check;

/** Whether a finding blocks submission or only asks for an explanation. */
public enum Severity {

	HARD("错误"), SOFT("提醒");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
