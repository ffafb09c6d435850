package cn.planwatch.assessment.engine;

import java.util.Objects;

/**
 * One target of a plan as the engine needs it: the indicator's name, unit and responsible
 * department (for warning sentences), the kind of target ({@link Direction}), the target value y*,
 * the baseline (year b, value y_b — optional, the series supplies it otherwise), the target year T,
 * an optional mid-term year and value, the polarity and the natural bounds.
 */
public record TargetSpec(String indicator, String unit, String department, Direction direction, Double targetValue,
		int baselineYear, Double baselineValue, int targetYear, Integer midTermYear, Double midTermValue,
		Polarity polarity, Bounds bounds) {

	public TargetSpec {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(polarity, "polarity");
		unit = unit == null ? "" : unit;
		bounds = bounds == null ? Bounds.UNBOUNDED : bounds;
		if (direction.requiresTargetValue() && targetValue == null) {
			throw new IllegalArgumentException(indicator + ": a " + direction + " target needs a target value");
		}
		if (targetYear <= baselineYear) {
			throw new IllegalArgumentException(indicator + ": target year must follow the baseline year");
		}
		if (midTermYear != null && (midTermYear <= baselineYear || midTermYear > targetYear)) {
			throw new IllegalArgumentException(indicator + ": mid-term year must lie in (baseline year, target year]");
		}
		boolean higherSide = direction == Direction.AT_LEAST || direction == Direction.ABOVE
				|| direction == Direction.INCREASE;
		boolean lowerSide = direction == Direction.AT_MOST || direction == Direction.BELOW
				|| direction == Direction.DECREASE || direction == Direction.ELIMINATE;
		if (higherSide && polarity == Polarity.LOWER || lowerSide && polarity == Polarity.HIGHER) {
			throw new IllegalArgumentException(indicator + ": direction " + direction + " contradicts polarity " + polarity);
		}
	}

	public static Builder builder(String indicator) {
		return new Builder(indicator);
	}

	/** Builds a target step by step; polarity follows the direction unless set. */
	public static final class Builder {

		private final String indicator;

		private String unit = "";

		private String department;

		private Direction direction = Direction.AT_LEAST;

		private Double targetValue;

		private int baselineYear = 2020;

		private Double baselineValue;

		private int targetYear = 2030;

		private Integer midTermYear;

		private Double midTermValue;

		private Polarity polarity;

		private Bounds bounds = Bounds.UNBOUNDED;

		private Builder(String indicator) {
			this.indicator = indicator;
		}

		public Builder unit(String unit) {
			this.unit = unit;
			return this;
		}

		public Builder department(String department) {
			this.department = department;
			return this;
		}

		/** The kind of target and its value, e.g. {@code target(Direction.AT_MOST, 12.0)}. */
		public Builder target(Direction direction, Double value) {
			this.direction = direction;
			this.targetValue = value;
			return this;
		}

		public Builder baseline(int year, Double value) {
			this.baselineYear = year;
			this.baselineValue = value;
			return this;
		}

		public Builder targetYear(int year) {
			this.targetYear = year;
			return this;
		}

		public Builder midTerm(int year, Double value) {
			this.midTermYear = year;
			this.midTermValue = value;
			return this;
		}

		public Builder polarity(Polarity polarity) {
			this.polarity = polarity;
			return this;
		}

		public Builder bounds(Bounds bounds) {
			this.bounds = bounds;
			return this;
		}

		public TargetSpec build() {
			Polarity effective = polarity != null ? polarity : switch (direction) {
				case AT_MOST, BELOW, DECREASE, ELIMINATE -> Polarity.LOWER;
				default -> Polarity.HIGHER;
			};
			return new TargetSpec(indicator, unit, department, direction, targetValue, baselineYear, baselineValue,
					targetYear, midTermYear, midTermValue, effective, bounds);
		}

	}

}
