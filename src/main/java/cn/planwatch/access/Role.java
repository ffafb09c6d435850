package cn.planwatch.access;

/** What a user does in the monitoring and evaluation work. */
public enum Role {

	/** 系统管理员: accounts and configuration, everywhere. */
	ADMIN("系统管理员"),
	/** 妇儿工委办公室: runs the plans, evaluations and publication for its region and those below. */
	OFFICE("妇儿工委办公室"),
	/** 统计局（监测组）: runs the annual monitoring rounds and checks the data. */
	STATS("统计局（监测组）"),
	/** 部门填报员: reports the indicators of one member department. */
	REPORTER("部门填报员"),
	/** 领导小组: reads everything in scope and approves reports. */
	LEADER("领导小组"),
	/** 查看者: reads everything in scope. */
	VIEWER("查看者");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
