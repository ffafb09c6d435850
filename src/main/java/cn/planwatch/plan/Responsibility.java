package cn.planwatch.plan;

/** A department responsible for a target: the lead department reports, assisting ones contribute. */
public record Responsibility(long departmentId, String departmentName, Role role) {

	public enum Role {

		LEAD("牵头"), ASSIST("配合");

		private final String label;

		Role(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
