package cn.planwatch.collection.excel;

import java.math.BigDecimal;
import java.util.List;

import cn.planwatch.collection.Breakdown;

/**
 * One indicator of a department's reporting template: what to show (code, name, unit,
 * definition, for a rate the names of numerator and denominator) and which cells to fill
 * (breakdowns), with last year's approved values for reference (key: breakdown key).
 */
public record SheetIndicator(String code, String name, String unit, String definition, String numeratorName,
		String denominatorName, List<Breakdown> breakdowns, java.util.Map<String, BigDecimal> lastYear) {

	public SheetIndicator {
		breakdowns = List.copyOf(breakdowns);
		lastYear = java.util.Map.copyOf(lastYear);
	}

	public boolean isRatio() {
		return numeratorName != null;
	}

}
