package cn.planwatch.plan;

/** Which way an indicator should move. */
public enum Polarity {

	HIGHER("越高越好"), LOWER("越低越好"), NEUTRAL("适度为宜");

	private final String label;

	Polarity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
