package cn.planwatch.assessment.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The exact (Garwood 1936) confidence interval of a Poisson count k at level 1 − α:
 * lower = χ²_{α/2}(2k) / 2 (0 when k = 0), upper = χ²_{1−α/2}(2k + 2) / 2; for a rate, both ends are
 * divided by the exposure and multiplied by the multiplier. Example: k = 1 at 95 % gives
 * [−ln 0.975, u] = [0.0253, 5.572] with e^{−u}(1 + u) = 0.025.
 * <p>
 * The inverse χ² is found by iteration and dominated the time of recomputing a province, while the
 * same counts recur across years, breakdowns and regions; so intervals are kept by count and level,
 * up to {@value #REMEMBERED} of them (a few MB), and the same interval is returned as computing it again.
 */
public final class PoissonInterval {

	static final int REMEMBERED = 100_000;

	private static final Map<CountAtLevel, Interval> COMPUTED = new ConcurrentHashMap<>();

	private PoissonInterval() {
	}

	public static Interval ofCount(long k, double confidence) {
		CountAtLevel key = new CountAtLevel(k, confidence);
		Interval interval = COMPUTED.get(key);
		if (interval == null) {
			interval = compute(k, confidence);
			if (COMPUTED.size() < REMEMBERED) {
				COMPUTED.put(key, interval);
			}
		}
		return interval;
	}

	public static Interval ofRate(Counts counts, double confidence) {
		Interval count = ofCount(counts.events(), confidence);
		double scale = counts.multiplier() / counts.exposure();
		return new Interval(count.lower() * scale, count.upper() * scale);
	}

	private static Interval compute(long k, double confidence) {
		double alpha = 1 - confidence;
		double lower = k == 0 ? 0 : new ChiSquaredDistribution(2.0 * k).inverseCumulativeProbability(alpha / 2) / 2;
		double upper = new ChiSquaredDistribution(2.0 * k + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
		return new Interval(lower, upper);
	}

	private record CountAtLevel(long count, double confidence) {
	}

}
