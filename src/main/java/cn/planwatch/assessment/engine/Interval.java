package cn.planwatch.assessment.engine;

/** A closed interval [lower, upper]. */
public record Interval(double lower, double upper) {

	public Interval {
		if (lower > upper) {
			throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
		}
	}

	public boolean contains(double value) {
		return value >= lower && value <= upper;
	}

	public double width() {
		return upper - lower;
	}

}
