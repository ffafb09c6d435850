package cn.planwatch.plan;

/** One difference between two versions of a plan, described in Chinese for the reviewer. */
public record PlanChange(Kind kind, String where, String description) {

	public enum Kind {

		GOAL_ADDED("新增主要目标"), GOAL_REMOVED("删除主要目标"), GOAL_CHANGED("主要目标表述修改"), TARGET_ADDED("新增目标"),
		TARGET_REMOVED("删除目标"), TARGET_CHANGED("目标值修改"), AREA_ADDED("新增领域"), AREA_REMOVED("删除领域");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
