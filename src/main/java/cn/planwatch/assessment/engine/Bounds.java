package cn.planwatch.assessment.engine;

/**
 * The natural bounds of an indicator's values, e.g. 0–100 for a percentage, 0–1000 for a ‰ rate,
 * 0–∞ for a rate per 10万 or a count. Forecasts are clamped to them.
 */
public record Bounds(double lower, double upper) {

	public static final Bounds PERCENT = new Bounds(0, 100);

	public static final Bounds PER_MILLE = new Bounds(0, 1000);

	public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);

	public static final Bounds UNBOUNDED = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

	public Bounds {
		if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
			throw new IllegalArgumentException("bounds must satisfy lower < upper: " + lower + ", " + upper);
		}
	}

	public double clamp(double value) {
		return Math.max(lower, Math.min(upper, value));
	}

	public boolean isFinite() {
		return Double.isFinite(lower) && Double.isFinite(upper);
	}

	/** Whether {@code value} lies strictly between the bounds. */
	public boolean strictlyInside(double value) {
		return value > lower && value < upper;
	}

}
