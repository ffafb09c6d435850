package cn.planwatch.collection.check;

import java.math.BigDecimal;

import cn.planwatch.plan.Indicator;

/**
 * What the checks need to know of an indicator: its unit, whether it is a rate computed from a
 * numerator and denominator (then {@code multiplier} is set), its names for messages, and the
 * target the region's plan sets for it (direction code and value; both may be null).
 */
public record IndicatorFacts(String code, String name, String unit, BigDecimal multiplier, String numeratorName,
		String denominatorName, String targetDirection, BigDecimal targetValue) {

	/** The facts of a catalogue indicator, with the target a plan sets for it (both may be null). */
	public static IndicatorFacts of(Indicator indicator, String targetDirection, BigDecimal targetValue) {
		return new IndicatorFacts(indicator.code(), indicator.name(), indicator.unit(),
				indicator.isRatio() ? indicator.multiplier() : null, indicator.numeratorName(), indicator.denominatorName(),
				targetDirection, targetValue);
	}

	public boolean isRatio() {
		return multiplier != null;
	}

	/** Counts of people, institutions… are whole numbers and can be summed over regions. */
	public boolean isCount() {
		return !isRatio() && unit != null && (unit.equals("名") || unit.equals("人") || unit.equals("个")
				|| unit.equals("所") || unit.equals("张") || unit.equals("家"));
	}

}
