package cn.planwatch.assessment.engine;

import java.util.HashMap;
import java.util.Map;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Mann–Kendall trend test on values in time order:
 * <ul>
 * <li>S = Σ_{i<j} sign(y_j − y_i);</li>
 * <li>Var(S) = [n(n−1)(2n+5) − Σ_p t_p(t_p−1)(2t_p+5)] / 18, t_p the size of the p-th group of tied
 * values (exact equality);</li>
 * <li>Z = (S − 1)/√Var(S) if S &gt; 0, (S + 1)/√Var(S) if S &lt; 0, 0 if S = 0 (continuity correction);</li>
 * <li>two-sided p = 2·(1 − Φ(|Z|)), normal approximation.</li>
 * </ul>
 */
public record MannKendall(int n, long s, double variance, double z, double pValue) {

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	public static MannKendall test(double[] values) {
		int n = values.length;
		long s = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				s += (long) Math.signum(values[j] - values[i]);
			}
		}
		double variance = variance(values);
		double z;
		if (s > 0) {
			z = (s - 1) / Math.sqrt(variance);
		}
		else if (s < 0) {
			z = (s + 1) / Math.sqrt(variance);
		}
		else {
			z = 0;
		}
		double p = variance > 0 ? 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z))) : 1;
		return new MannKendall(n, s, variance, variance > 0 ? z : 0, p);
	}

	/** Var(S) with the tie correction. */
	static double variance(double[] values) {
		long n = values.length;
		Map<Double, Integer> groups = new HashMap<>();
		for (double value : values) {
			groups.merge(value == 0.0 ? 0.0 : value, 1, Integer::sum);
		}
		double ties = 0;
		for (int t : groups.values()) {
			ties += (double) t * (t - 1) * (2 * t + 5);
		}
		return (n * (n - 1) * (2 * n + 5) - ties) / 18.0;
	}

	/** Whether the trend is significant at two-sided level {@code alpha}. */
	public boolean significant(double alpha) {
		return s != 0 && pValue < alpha;
	}

	/** Quantile z_{1−α/2} of the standard normal distribution. */
	static double normalQuantile(double probability) {
		return STANDARD_NORMAL.inverseCumulativeProbability(probability);
	}

}
