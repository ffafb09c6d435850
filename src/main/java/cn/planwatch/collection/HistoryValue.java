package cn.planwatch.collection;

import java.math.BigDecimal;

/** One historical value to load: region, indicator, year, cell, the numbers and where they come from. */
public record HistoryValue(String regionCode, String indicatorCode, int year, String breakdownKey, BigDecimal value,
		BigDecimal numerator, BigDecimal denominator, String source) {

}
