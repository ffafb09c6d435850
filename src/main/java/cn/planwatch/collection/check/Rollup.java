package cn.planwatch.collection.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.planwatch.collection.Breakdown;

/**
 * Sums township values up to their county: counts are added; a rate's numerators and
 * denominators are added and the rate recomputed from the sums — never averaged. Other values
 * (an already-computed percentage, a life expectancy) cannot be summed and must be reported by
 * the county itself.
 */
public final class Rollup {

	private Rollup() {
	}

	public static boolean summable(IndicatorFacts indicator) {
		return indicator.isRatio() || indicator.isCount();
	}

	/**
	 * The county's cells from its townships' cells; empty when the indicator cannot be summed.
	 * A cell is summed only over the townships that reported it completely.
	 */
	public static Optional<List<CellValue>> sum(IndicatorFacts indicator, Map<String, List<CellValue>> byTownship) {
		if (!summable(indicator)) {
			return Optional.empty();
		}
		Map<Breakdown, BigDecimal[]> sums = new LinkedHashMap<>();
		for (List<CellValue> cells : byTownship.values()) {
			for (CellValue cell : cells) {
				BigDecimal[] sum = sums.computeIfAbsent(cell.breakdown(), b -> new BigDecimal[] { null, null, null });
				if (indicator.isRatio()) {
					if (cell.numerator() != null && cell.denominator() != null) {
						sum[1] = add(sum[1], cell.numerator());
						sum[2] = add(sum[2], cell.denominator());
					}
				}
				else if (cell.value() != null) {
					sum[0] = add(sum[0], cell.value());
				}
			}
		}
		List<CellValue> result = new ArrayList<>();
		sums.forEach((breakdown, sum) -> result.add(new CellValue(breakdown, sum[0], sum[1], sum[2])));
		return Optional.of(result);
	}

	private static BigDecimal add(BigDecimal sum, BigDecimal value) {
		return sum == null ? value : sum.add(value);
	}

}
