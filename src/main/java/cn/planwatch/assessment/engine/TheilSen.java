package cn.planwatch.assessment.engine;

import java.util.Arrays;

/**
 * The Theil–Sen line: slope β̃ = median_{i&lt;j} (z_j − z_i)/(x_j − x_i), intercept
 * α̃ = median_i (z_i − β̃·x_i).
 * <p>
 * Slope confidence interval (Sen 1968; Gilbert 1987, §16.5): with N the number of pairwise slopes
 * sorted ascending, C = z_{1−α/2}·√Var(S) (Mann–Kendall variance with ties), M1 = (N − C)/2 and
 * M2 = (N + C)/2, the bounds are the M1-th and (M2+1)-th smallest slopes (1-based ranks, linearly
 * interpolated between neighbours, clamped to [1, N] — so with few points the interval is the range of
 * the pairwise slopes).
 * <p>
 * The projection interval rotates the line about its pivot (x̃, α̃ + β̃·x̃), x̃ the median of x, using
 * the slope bounds: it reflects the uncertainty of the slope, not the scatter of single years.
 */
public record TheilSen(double slope, double intercept, double slopeLower, double slopeUpper, double pivotX,
		int points) {

	public static TheilSen fit(double[] x, double[] z, double confidence) {
		int n = x.length;
		if (n != z.length || n < 2) {
			throw new IllegalArgumentException("Theil–Sen needs at least 2 points of x and z");
		}
		double[] slopes = new double[n * (n - 1) / 2];
		int k = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				if (x[j] == x[i]) {
					throw new IllegalArgumentException("x values must be distinct");
				}
				slopes[k++] = (z[j] - z[i]) / (x[j] - x[i]);
			}
		}
		Arrays.sort(slopes);
		double slope = median(slopes);
		double[] offsets = new double[n];
		for (int i = 0; i < n; i++) {
			offsets[i] = z[i] - slope * x[i];
		}
		double intercept = median(offsets);
		double c = MannKendall.normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(MannKendall.variance(z));
		double lower = rank(slopes, (slopes.length - c) / 2);
		double upper = rank(slopes, (slopes.length + c) / 2 + 1);
		return new TheilSen(slope, intercept, Math.min(lower, slope), Math.max(upper, slope), median(x.clone()), n);
	}

	/** The value of the line at x. */
	public double at(double x) {
		return intercept + slope * x;
	}

	/** The lower end of the projection band at x (line rotated about the pivot). */
	public double lowerAt(double x) {
		return Math.min(rotated(slopeLower, x), rotated(slopeUpper, x));
	}

	/** The upper end of the projection band at x. */
	public double upperAt(double x) {
		return Math.max(rotated(slopeLower, x), rotated(slopeUpper, x));
	}

	private double rotated(double rotatedSlope, double x) {
		return at(pivotX) + rotatedSlope * (x - pivotX);
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** The element of 1-based (fractional) rank r in a sorted array, interpolated, clamped to [1, N]. */
	private static double rank(double[] sorted, double r) {
		double clamped = Math.max(1, Math.min(sorted.length, r));
		int below = (int) Math.floor(clamped);
		double fraction = clamped - below;
		if (below >= sorted.length) {
			return sorted[sorted.length - 1];
		}
		return sorted[below - 1] + fraction * (sorted[below] - sorted[below - 1]);
	}

}
