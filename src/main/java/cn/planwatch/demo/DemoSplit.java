package cn.planwatch.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Splits whole counts into parts that add up exactly: a total over weighted parts (with an
 * optional cap per part), and a table whose row and column sums are both given — so that
 * townships add up to their county and, within each township, women and men add up to the total.
 */
final class DemoSplit {

	/** Below this many units, each unit is placed at random (a small number of deaths lands in one place, not spread). */
	static final long SMALL = 20;

	private DemoSplit() {
	}

	/**
	 * {@code total} split over the parts in proportion to {@code weights}, none above its cap
	 * ({@code caps} may be null for no caps; their sum must reach {@code total}).
	 */
	static long[] allocate(long total, double[] weights, long[] caps, SplittableRandom random) {
		int n = weights.length;
		long[] parts = new long[n];
		if (total <= 0 || n == 0) {
			return parts;
		}
		double[] w = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			w[i] = caps != null && caps[i] <= 0 ? 0 : Math.max(0, weights[i]);
			sum += w[i];
		}
		if (sum <= 0) {
			for (int i = 0; i < n; i++) {
				w[i] = caps == null ? 1 : caps[i];
				sum += w[i];
			}
		}
		if (total < SMALL) {
			for (long unit = 0; unit < total; unit++) {
				parts[pick(w, parts, caps, random)]++;
			}
			return parts;
		}
		double[] fractions = new double[n];
		long placed = 0;
		for (int i = 0; i < n; i++) {
			double share = total * w[i] / sum;
			parts[i] = (long) Math.floor(share);
			fractions[i] = share - parts[i];
			placed += parts[i];
		}
		Integer[] order = byDescending(fractions);
		for (int k = 0; placed < total; k = (k + 1) % n) {
			if (w[order[k]] > 0) {
				parts[order[k]]++;
				placed++;
			}
		}
		return caps == null ? parts : respectCaps(parts, caps, w);
	}

	/** Like {@link #allocate}, but every part gets at least one when there are enough units. */
	static long[] allocateAtLeastOne(long total, double[] weights, SplittableRandom random) {
		if (total < weights.length) {
			return allocate(total, weights, null, random);
		}
		long[] parts = allocate(total - weights.length, weights, null, random);
		for (int i = 0; i < parts.length; i++) {
			parts[i]++;
		}
		return parts;
	}

	/**
	 * A table of whole non-negative numbers whose rows add up to {@code rows} and columns to
	 * {@code columns} (both must have the same sum), shaped by {@code seed} (row × column
	 * weights, e.g. a township's share of urban residents).
	 */
	static long[][] table(long[] rows, long[] columns, double[][] seed, SplittableRandom random) {
		if (Arrays.stream(rows).sum() != Arrays.stream(columns).sum()) {
			throw new IllegalArgumentException("Row and column sums differ: " + Arrays.toString(rows) + " vs "
					+ Arrays.toString(columns));
		}
		long[] remaining = columns.clone();
		long[][] table = new long[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			if (i == rows.length - 1) {
				table[i] = remaining.clone();
				break;
			}
			double[] weights = new double[columns.length];
			for (int j = 0; j < columns.length; j++) {
				weights[j] = seed[i][j] * remaining[j];
			}
			table[i] = allocate(rows[i], weights, remaining, random);
			for (int j = 0; j < columns.length; j++) {
				remaining[j] -= table[i][j];
			}
		}
		return table;
	}

	private static int pick(double[] w, long[] parts, long[] caps, SplittableRandom random) {
		double open = 0;
		for (int i = 0; i < w.length; i++) {
			if (room(parts, caps, i)) {
				open += w[i];
			}
		}
		if (open <= 0) {
			for (int i = 0; i < w.length; i++) {
				if (room(parts, caps, i)) {
					return i;
				}
			}
			throw new IllegalArgumentException("The caps leave no room for the total");
		}
		double x = random.nextDouble() * open;
		int last = -1;
		for (int i = 0; i < w.length; i++) {
			if (room(parts, caps, i) && w[i] > 0) {
				last = i;
				x -= w[i];
				if (x < 0) {
					return i;
				}
			}
		}
		return last;
	}

	private static boolean room(long[] parts, long[] caps, int i) {
		return caps == null || parts[i] < caps[i];
	}

	/** Moves what exceeds a cap to the parts with room, the heaviest first. */
	private static long[] respectCaps(long[] parts, long[] caps, double[] w) {
		long excess = 0;
		for (int i = 0; i < parts.length; i++) {
			if (parts[i] > caps[i]) {
				excess += parts[i] - caps[i];
				parts[i] = caps[i];
			}
		}
		Integer[] order = byDescending(w);
		for (int k = 0; k < order.length && excess > 0; k++) {
			int i = order[k];
			long add = Math.min(caps[i] - parts[i], excess);
			parts[i] += add;
			excess -= add;
		}
		if (excess > 0) {
			throw new IllegalArgumentException("The caps leave no room for the total");
		}
		return parts;
	}

	private static Integer[] byDescending(double[] values) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
		return order;
	}

}
