package cn.planwatch.report.compendium;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The numbers of a table: copying value maps, and the decimals each indicator is printed with. */
final class Figures {

	/** Decimals beyond this are rounded away in print (the cell keeps the exact value). */
	static final int MAX_DECIMALS = 2;

	private Figures() {
	}

	/** An unmodifiable copy without null keys or values (a null value means "no value"). */
	static <K> Map<K, BigDecimal> withoutNulls(Map<K, BigDecimal> values) {
		if (values == null) {
			return Map.of();
		}
		Map<K, BigDecimal> copy = new HashMap<>();
		values.forEach((key, value) -> {
			if (key != null && value != null) {
				copy.put(key, value);
			}
		});
		return Map.copyOf(copy);
	}

	/**
	 * Per indicator key: the most decimals any of its values needs (trailing zeros do not count),
	 * at most {@link #MAX_DECIMALS}, so every line of one indicator prints alike.
	 */
	static Map<String, Integer> decimalsByIndicator(List<TableLine> lines) {
		Map<String, Integer> decimals = new HashMap<>();
		for (TableLine line : lines) {
			int most = decimals.getOrDefault(line.indicatorKey(), 0);
			for (Figure figure : line.figures()) {
				if (figure.value() != null) {
					most = Math.max(most, decimals(figure.value()));
				}
			}
			decimals.put(line.indicatorKey(), most);
		}
		return decimals;
	}

	static int decimals(BigDecimal value) {
		int scale = value.stripTrailingZeros().scale();
		return Math.max(0, Math.min(MAX_DECIMALS, scale));
	}

}
