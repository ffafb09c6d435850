package cn.planwatch.collection.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines up the rows found in a sheet with the rows the template has, by key (indicator code and
 * breakdown label), so that one inserted or deleted row is reported once instead of shifting
 * every row after it. The rows kept in place are the longest run in template order (longest
 * increasing subsequence, O(n log n)); every other row is classified: moved, duplicated,
 * changed (its key was edited), extra (inserted) — and every template row not found is missing.
 */
final class RowAlignment {

	/** What became of one row. {@code actual} and {@code expected} are 0-based indexes, -1 when not applicable. */
	record Step(Kind kind, int actual, int expected, int other) {

		enum Kind {
			/** The row is where the template has it. */
			MATCH,
			/** A template row, found out of order. */
			MOVED,
			/** A second copy of a template row; {@code other} is the index of the first. */
			DUPLICATE,
			/** A row in place of a missing template row but with a different key. */
			CHANGED,
			/** A row the template does not have. */
			EXTRA,
			/**
			 * A template row not found; {@code actual} is the index of the row it should precede
			 * (the row count when it belongs at the end).
			 */
			MISSING
		}

	}

	private RowAlignment() {
	}

	static List<Step> align(List<String> expected, List<String> actual) {
		int n = expected.size();
		int m = actual.size();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < n; i++) {
			index.putIfAbsent(expected.get(i), i);
		}
		int[] target = new int[m];
		int[] holder = new int[n];
		Arrays.fill(holder, -1);
		int[] firstCopies = new int[m];
		Step[] steps = new Step[m];
		for (int j = 0; j < m; j++) {
			int i = index.getOrDefault(actual.get(j), -1);
			target[j] = i;
			firstCopies[j] = i >= 0 && holder[i] < 0 ? i : -1;
			if (i >= 0 && holder[i] >= 0) {
				steps[j] = new Step(Step.Kind.DUPLICATE, j, i, holder[i]);
			}
			else if (i >= 0) {
				holder[i] = j;
			}
		}
		boolean[] kept = longestIncreasing(firstCopies);
		for (int j = 0; j < m; j++) {
			if (kept[j]) {
				steps[j] = new Step(Step.Kind.MATCH, j, target[j], -1);
			}
			else if (firstCopies[j] >= 0) {
				steps[j] = new Step(Step.Kind.MOVED, j, target[j], -1);
			}
		}
		List<Step> result = new ArrayList<>();
		int lastExpected = -1;
		int gapStart = 0;
		for (int j = 0; j <= m; j++) {
			if (j < m && !kept[j]) {
				continue;
			}
			int nextExpected = j < m ? target[j] : n;
			gap(gapStart, j, lastExpected + 1, nextExpected, target, holder, steps, result);
			if (j < m) {
				result.add(steps[j]);
				lastExpected = target[j];
			}
			gapStart = j + 1;
		}
		return result;
	}

	/** Rows between two kept rows: unknown rows are paired with missing template rows of the same stretch. */
	private static void gap(int fromActual, int toActual, int fromExpected, int toExpected, int[] target, int[] holder,
			Step[] steps, List<Step> result) {
		List<Integer> missing = new ArrayList<>();
		for (int i = fromExpected; i < toExpected; i++) {
			if (holder[i] < 0) {
				missing.add(i);
			}
		}
		int paired = 0;
		for (int j = fromActual; j < toActual; j++) {
			if (target[j] >= 0) {
				result.add(steps[j]);
			}
			else if (paired < missing.size()) {
				result.add(new Step(Step.Kind.CHANGED, j, missing.get(paired++), -1));
			}
			else {
				result.add(new Step(Step.Kind.EXTRA, j, -1, -1));
			}
		}
		for (int k = paired; k < missing.size(); k++) {
			result.add(new Step(Step.Kind.MISSING, toActual, missing.get(k), -1));
		}
	}

	/** Marks a longest strictly increasing subsequence of the non-negative values. */
	static boolean[] longestIncreasing(int[] values) {
		int m = values.length;
		int[] tails = new int[m];
		int[] previous = new int[m];
		int length = 0;
		for (int j = 0; j < m; j++) {
			if (values[j] < 0) {
				continue;
			}
			int low = 0;
			int high = length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (values[tails[mid]] < values[j]) {
					low = mid + 1;
				}
				else {
					high = mid;
				}
			}
			previous[j] = low > 0 ? tails[low - 1] : -1;
			tails[low] = j;
			if (low == length) {
				length++;
			}
		}
		boolean[] kept = new boolean[m];
		for (int j = length > 0 ? tails[length - 1] : -1; j >= 0; j = previous[j]) {
			kept[j] = true;
		}
		return kept;
	}

}
