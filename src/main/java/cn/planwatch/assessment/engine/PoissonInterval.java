package cn.planwatch.assessment.engine;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The exact (Garwood 1936) confidence interval of a Poisson count k at level 1 − α:
 * lower = χ²_{α/2}(2k) / 2 (0 when k = 0), upper = χ²_{1−α/2}(2k + 2) / 2; for a rate, both ends are
 * divided by the exposure and multiplied by the multiplier. Example: k = 1 at 95 % gives
 * [−ln 0.975, u] = [0.0253, 5.572] with e^{−u}(1 + u) = 0.025.
 */
public final class PoissonInterval {

	private PoissonInterval() {
	}

	public static Interval ofCount(long k, double confidence) {
		double alpha = 1 - confidence;
		double lower = k == 0 ? 0 : new ChiSquaredDistribution(2.0 * k).inverseCumulativeProbability(alpha / 2) / 2;
		double upper = new ChiSquaredDistribution(2.0 * k + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
		return new Interval(lower, upper);
	}

	public static Interval ofRate(Counts counts, double confidence) {
		Interval count = ofCount(counts.events(), confidence);
		double scale = counts.multiplier() / counts.exposure();
		return new Interval(count.lower() * scale, count.upper() * scale);
	}

}
