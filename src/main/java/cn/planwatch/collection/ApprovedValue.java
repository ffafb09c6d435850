package cn.planwatch.collection;

import java.math.BigDecimal;

/**
 * An approved value of the monitoring database as analyses read it: region, indicator, year,
 * breakdown key ({@code TOTAL}, {@code SEX:FEMALE}…), the value (for a rate reported by its counts,
 * computed from them) and, for a rate, its numerator and denominator.
 */
public record ApprovedValue(String regionCode, String indicatorCode, int year, String breakdownKey, BigDecimal value,
		BigDecimal numerator, BigDecimal denominator) {

}
