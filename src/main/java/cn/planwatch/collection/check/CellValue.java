package cn.planwatch.collection.check;

import java.math.BigDecimal;
import java.math.MathContext;

import cn.planwatch.collection.Breakdown;

/**
 * One reported cell: for a rate, the numerator and denominator (the value follows from them);
 * otherwise the value itself.
 */
public record CellValue(Breakdown breakdown, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

	/** The value of the cell: as reported, or numerator ÷ denominator × multiplier for a rate. */
	public BigDecimal effective(IndicatorFacts indicator) {
		if (indicator.isRatio() && numerator != null && denominator != null) {
			if (denominator.signum() == 0) {
				return null;
			}
			return numerator.multiply(indicator.multiplier()).divide(denominator, MathContext.DECIMAL64);
		}
		return value;
	}

	public boolean isEmpty() {
		return value == null && numerator == null && denominator == null;
	}

}
