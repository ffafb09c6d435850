package cn.planwatch.assessment.engine;

/** The trend line's value in a year, with the ends of its interval, on the indicator's own scale. */
public record Projection(int year, double value, double lower, double upper) {

	public Interval interval() {
		return new Interval(lower, upper);
	}

}
