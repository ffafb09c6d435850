package cn.planwatch.demo;

import java.time.Year;
import java.util.SplittableRandom;

/**
 * The whole numbers behind a demo series in one region, one per year 2020–2025: for a rate the
 * numerator (deaths, women screened…) and the denominator (live births, eligible women…), for a
 * count the count. The 2020 denominator is chosen near the usual size so that the 2020 rate
 * rounds to the baseline (one decimal). Rare events (a maternal death in a
 * county) are drawn at random around the expected number, so small numbers jump as they do.
 */
record DemoCounts(long[] numerators, long[] denominators) {

	/** Below this many expected events a year, the number of events is drawn at random (Poisson). */
	static final double RARE = 30;

	/** How close the 2020 rate must come to the baseline: half a unit in its last place (baselines have one decimal). */
	static final double FIT = 0.05;

	/** Even a tiny denominator (one county court) may grow this far to meet a baseline such as 96.7 %. */
	static final long SMALLEST_FIT = 200;

	DemoCounts {
		numerators = numerators.clone();
		denominators = denominators.clone();
	}

	@Override
	public long[] numerators() {
		return numerators.clone();
	}

	@Override
	public long[] denominators() {
		return denominators.clone();
	}

	/**
	 * Numerators and denominators for a rate following {@code series}.
	 *
	 * @param size the usual 2020 denominator in this region
	 * @param bounded whether the numerator is part of the denominator (then it never exceeds it)
	 * @param rare whether the numerator counts rare events, drawn at random
	 */
	static DemoCounts ofRate(DemoSeries series, double multiplier, long size, DemoScales.Drift drift, boolean bounded,
			boolean rare, SplittableRandom random) {
		int years = series.levels().length;
		long[] numerators = new long[years];
		long[] denominators = new long[years];
		double start = series.level(DemoSeries.FIRST_YEAR);
		denominators[0] = drift == DemoScales.Drift.DAYS ? fitDays(start, multiplier, DemoSeries.FIRST_YEAR)
				: fit(start, multiplier, Math.max(1, size), bounded);
		numerators[0] = numerator(start, multiplier, denominators[0], bounded);
		for (int t = 1; t < years; t++) {
			denominators[t] = next(drift, denominators[t - 1], denominators[0], DemoSeries.FIRST_YEAR + t, random);
			double expected = series.levels()[t] * denominators[t] / multiplier;
			long numerator = rare && expected < RARE ? poisson(expected, random) : Math.round(expected);
			numerators[t] = bounded ? Math.min(numerator, denominators[t]) : numerator;
		}
		return new DemoCounts(numerators, denominators);
	}

	/** Whole counts following {@code series}; rare events are drawn at random. */
	static long[] ofCount(DemoSeries series, boolean rare, SplittableRandom random) {
		double[] levels = series.levels();
		long[] counts = new long[levels.length];
		counts[0] = Math.round(levels[0]);
		for (int t = 1; t < levels.length; t++) {
			counts[t] = rare && levels[t] < RARE ? poisson(levels[t], random) : Math.round(levels[t]);
		}
		return counts;
	}

	/**
	 * The denominator nearest {@code size} whose whole-number rate comes within {@link #FIT} of
	 * {@code rate} — for 1 maternal death at 14.3 per 100 000 that is about 7 000 births — or the
	 * closest one up to four times {@code size} (at least {@link #SMALLEST_FIT}).
	 */
	static long fit(double rate, double multiplier, long size, boolean bounded) {
		long best = size;
		double bestError = Double.MAX_VALUE;
		long limit = Math.max(4 * size + 4, SMALLEST_FIT);
		long span = Math.min(limit, 20_000);
		for (long delta = 0; delta <= span; delta++) {
			for (long candidate : new long[] { size + delta, size - delta }) {
				if (candidate < 1 || candidate > limit) {
					continue;
				}
				long numerator = numerator(rate, multiplier, candidate, bounded);
				double error = Math.abs(numerator * multiplier / candidate - rate);
				if (error <= FIT) {
					return candidate;
				}
				if (error < bestError) {
					best = candidate;
					bestError = error;
				}
			}
		}
		return best;
	}

	/** Monitoring days: the days of the year less up to ten lost to maintenance, as many as meet {@code rate} best. */
	static long fitDays(double rate, double multiplier, int year) {
		long best = days(year);
		double bestError = Double.MAX_VALUE;
		for (long candidate = days(year); candidate > days(year) - 10; candidate--) {
			double error = Math.abs(numerator(rate, multiplier, candidate, true) * multiplier / candidate - rate);
			if (error < bestError - 1e-9) {
				best = candidate;
				bestError = error;
			}
		}
		return best;
	}

	private static long numerator(double rate, double multiplier, long denominator, boolean bounded) {
		long numerator = Math.round(rate * denominator / multiplier);
		return bounded ? Math.min(numerator, denominator) : numerator;
	}

	private static long next(DemoScales.Drift drift, long previous, long first, int year, SplittableRandom random) {
		double value = switch (drift) {
			case BIRTHS -> previous * (1 - 0.02 - 0.05 * random.nextDouble());
			case STOCK -> previous * (1 - 0.01 + 0.03 * random.nextDouble());
			case SAMPLE -> first * (0.85 + 0.3 * random.nextDouble());
			case FIXED -> previous + (random.nextDouble() < 0.2 ? (random.nextBoolean() ? 1 : -1) : 0);
			case INCOME -> previous * (1.03 + 0.04 * random.nextDouble());
			case DAYS -> days(year) - random.nextInt(6);
		};
		return Math.max(1, Math.round(value));
	}

	private static long days(int year) {
		return Year.isLeap(year) ? 366 : 365;
	}

	/** Knuth's method; fine for the small means it is used for. */
	static long poisson(double mean, SplittableRandom random) {
		double limit = Math.exp(-mean);
		long k = 0;
		double product = random.nextDouble();
		while (product > limit) {
			k++;
			product *= random.nextDouble();
		}
		return k;
	}

}
