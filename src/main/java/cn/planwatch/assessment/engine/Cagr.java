package cn.planwatch.assessment.engine;

/**
 * Compound annual growth rates of the international methods: actual CAGR_a = (y_t / y_b)^(1/(t−b)) − 1 and
 * required CAGR_r = (y* / y_b)^(1/(T−b)) − 1. Both need positive values (a target of 0 gives CAGR_r = −1).
 */
public final class Cagr {

	private Cagr() {
	}

	/** (to / from)^(1/years) − 1. */
	public static double of(double from, double to, int years) {
		if (years <= 0) {
			throw new IllegalArgumentException("CAGR needs at least one year between the two values");
		}
		if (!(from > 0) || to < 0) {
			throw new IllegalArgumentException("CAGR needs a positive start value and a non-negative end value");
		}
		return Math.pow(to / from, 1.0 / years) - 1;
	}

}
