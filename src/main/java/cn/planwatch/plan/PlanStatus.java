package cn.planwatch.plan;

/** Whether a plan is still being prepared or is in force. */
public enum PlanStatus {

	DRAFT("草稿"), PUBLISHED("已发布"), SUPERSEDED("已被新版本取代");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
