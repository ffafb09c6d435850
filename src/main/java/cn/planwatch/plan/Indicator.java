package cn.planwatch.plan;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A catalogue indicator: stable code, definition (口径), unit, polarity, and — for a rate — the
 * numerator and denominator it is computed from with their multiplier (100 for %, 100 000 for 1/10万).
 * Targets of many plans point at one catalogue indicator, so regions can be compared.
 */
public record Indicator(String code, String name, PlanKind planKind, int areaOrdinal, String unit, Polarity polarity,
		String definition, String numeratorName, String denominatorName, BigDecimal multiplier,
		Set<Disaggregation> disaggregations, String sourceDepartmentKind, boolean builtin) {

	public boolean isRatio() {
		return numeratorName != null;
	}

	public String areaName() {
		return planKind.areaNames().get(areaOrdinal - 1);
	}

}
