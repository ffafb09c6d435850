package cn.planwatch.assessment.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The annual values of one indicator for one region and breakdown: year → value, optionally with
 * the numerator and denominator counts of a rate ({@link Counts}). At most one value per year;
 * years may be missing.
 */
public final class Series {

	private final NavigableMap<Integer, Observation> observations;

	private Series(NavigableMap<Integer, Observation> observations) {
		this.observations = Collections.unmodifiableNavigableMap(observations);
	}

	/** A series of plain values (no counts). */
	public static Series of(Map<Integer, Double> values) {
		Builder builder = builder();
		values.forEach(builder::value);
		return builder.build();
	}

	/** Values of consecutive years starting with {@code firstYear}. */
	public static Series consecutive(int firstYear, double... values) {
		Builder builder = builder();
		for (int i = 0; i < values.length; i++) {
			builder.value(firstYear + i, values[i]);
		}
		return builder.build();
	}

	public static Series empty() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public Optional<Observation> at(int year) {
		return Optional.ofNullable(observations.get(year));
	}

	/** The observations of the years {@code from..to} (both included), oldest first. */
	public List<Observation> between(int from, int to) {
		if (to < from) {
			return List.of();
		}
		return List.copyOf(observations.subMap(from, true, to, true).values());
	}

	/** The first observation of a year ≥ {@code year}, if any. */
	public Optional<Observation> firstFrom(int year) {
		Map.Entry<Integer, Observation> entry = observations.ceilingEntry(year);
		return Optional.ofNullable(entry == null ? null : entry.getValue());
	}

	public List<Observation> all() {
		return new ArrayList<>(observations.values());
	}

	public boolean isEmpty() {
		return observations.isEmpty();
	}

	/** Collects observations; a second value for the same year replaces the first. */
	public static final class Builder {

		private final NavigableMap<Integer, Observation> observations = new TreeMap<>();

		public Builder value(int year, double value) {
			observations.put(year, new Observation(year, value, null));
			return this;
		}

		/** A rate given by its counts; the value is events / exposure × multiplier. */
		public Builder counts(int year, long events, double exposure, double multiplier) {
			Counts counts = new Counts(events, exposure, multiplier);
			observations.put(year, new Observation(year, counts.rate(), counts));
			return this;
		}

		public Series build() {
			return new Series(new TreeMap<>(observations));
		}

	}

}
