package cn.planwatch.assessment.engine;

/**
 * The numeric comparison a target asks for: a value, the side that meets it (higher, lower, or
 * both for "="), and whether equality is enough. The shortfall is the distance by which a value
 * misses the goal on the wrong side (0 when met):
 * HIGHER: max(0, y* − y); LOWER: max(0, y − y*); BOTH: |y − y*|.
 */
public record Goal(double value, Side side, boolean strict) {

	/** Relative slack for floating-point comparisons of computed rates (e.g. 69.99999999 vs 70). */
	static final double EPSILON = 1e-9;

	public enum Side {
		HIGHER, LOWER, BOTH
	}

	/** The goal of {@code target} given its baseline (used by 保持/逐步提高/逐步降低); empty for qualitative targets. */
	public static java.util.Optional<Goal> of(TargetSpec target, Baseline baseline) {
		Double y = target.targetValue();
		Goal goal = switch (target.direction()) {
			case AT_LEAST -> new Goal(y, Side.HIGHER, false);
			case ABOVE -> new Goal(y, Side.HIGHER, true);
			case AT_MOST -> new Goal(y, Side.LOWER, false);
			case BELOW -> new Goal(y, Side.LOWER, true);
			case EQUAL -> new Goal(y, Side.BOTH, false);
			case ELIMINATE -> new Goal(y == null ? target.bounds().lower() : y, Side.LOWER, false);
			case MAINTAIN -> baselineOr(y, baseline) == null ? null
					: new Goal(baselineOr(y, baseline), target.polarity() == Polarity.HIGHER ? Side.HIGHER : Side.LOWER,
							false);
			case INCREASE -> baseline == null ? null : new Goal(baseline.value(), Side.HIGHER, true);
			case DECREASE -> baseline == null ? null : new Goal(baseline.value(), Side.LOWER, true);
			case QUALITATIVE -> null;
		};
		return java.util.Optional.ofNullable(goal);
	}

	private static Double baselineOr(Double value, Baseline baseline) {
		return value != null ? value : baseline == null ? null : baseline.value();
	}

	public boolean meets(double y) {
		double slack = EPSILON * Math.max(1, Math.abs(value));
		return switch (side) {
			case HIGHER -> strict ? y > value + slack : y >= value - slack;
			case LOWER -> strict ? y < value - slack : y <= value + slack;
			case BOTH -> Math.abs(y - value) <= slack;
		};
	}

	/** How far {@code y} misses the goal on the wrong side; 0 when it is on the right side or equal. */
	public double shortfall(double y) {
		return switch (side) {
			case HIGHER -> Math.max(0, value - y);
			case LOWER -> Math.max(0, y - value);
			case BOTH -> Math.abs(y - value);
		};
	}

	/** Text such as "≥70%" or "≤12/10万" for sentences. */
	String describe(String unit) {
		String op = switch (side) {
			case HIGHER -> strict ? ">" : "≥";
			case LOWER -> strict ? "<" : "≤";
			case BOTH -> "=";
		};
		return op + Figures.withUnit(value, unit);
	}

}
