package cn.planwatch.plan;

/** A breakdown an indicator is collected by. */
public enum Disaggregation {

	SEX("分性别"), URBAN_RURAL("分城乡"), AGE("分年龄");

	private final String label;

	Disaggregation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
