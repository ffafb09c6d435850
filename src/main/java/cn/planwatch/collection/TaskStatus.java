package cn.planwatch.collection;

/** Where a department's task stands in the review workflow. */
public enum TaskStatus {

	NOT_STARTED("未填报"), DRAFT("填报中"), SUBMITTED("已提交，待审核"), RETURNED("已退回，待修改"), APPROVED("已审核通过");

	private final String label;

	TaskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the department may still change its values. */
	public boolean editable() {
		return this == NOT_STARTED || this == DRAFT || this == RETURNED;
	}

}
