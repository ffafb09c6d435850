package cn.planwatch.assessment.engine;

/**
 * One year's value of a series, with the counts it was computed from when the indicator is a rate
 * ({@code counts} is {@code null} otherwise).
 */
public record Observation(int year, double value, Counts counts) {

	public Observation {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("value must be finite in " + year + ": " + value);
		}
	}

	public boolean hasCounts() {
		return counts != null;
	}

}
