package cn.planwatch.assessment.engine;

/**
 * The counts behind a rate: {@code events} (the numerator, e.g. maternal deaths) out of
 * {@code exposure} (the denominator, e.g. live births), with the rate being
 * {@code events / exposure × multiplier} (multiplier 100 000 for "/10万", 1 000 for "‰", 100 for "%").
 */
public record Counts(long events, double exposure, double multiplier) {

	public Counts {
		if (events < 0) {
			throw new IllegalArgumentException("events must not be negative: " + events);
		}
		if (!(exposure > 0)) {
			throw new IllegalArgumentException("exposure must be positive: " + exposure);
		}
		if (!(multiplier > 0)) {
			throw new IllegalArgumentException("multiplier must be positive: " + multiplier);
		}
	}

	/** The rate these counts give: events / exposure × multiplier. */
	public double rate() {
		return events / exposure * multiplier;
	}

	/** The sum of two years' counts (same multiplier), for pooled rates. */
	public Counts plus(Counts other) {
		if (other.multiplier != multiplier) {
			throw new IllegalArgumentException("cannot pool counts with different multipliers");
		}
		return new Counts(events + other.events, exposure + other.exposure, multiplier);
	}

}
