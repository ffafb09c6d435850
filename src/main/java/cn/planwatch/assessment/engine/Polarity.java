package cn.planwatch.assessment.engine;

/** Which way is better for an indicator: d = +1 when higher is better, −1 when lower is better. */
public enum Polarity {

	HIGHER(1), LOWER(-1);

	private final int sign;

	Polarity(int sign) {
		this.sign = sign;
	}

	/** d in the methods note: +1 for higher-is-better, −1 for lower-is-better. */
	public int sign() {
		return sign;
	}

}
