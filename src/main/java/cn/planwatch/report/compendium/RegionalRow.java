package cn.planwatch.report.compendium;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One printed line of a {@link RegionalTable}: an indicator in one breakdown across the regions.
 * A region missing from {@code valuesByRegion} is printed "…" (not available); a region in
 * {@code regionsNotApplicable} is printed "—" (e.g. 农村 for a district without villages).
 * {@code code}, {@code breakdownLabel} and {@code indentLevel} mean what they mean in
 * {@link CompendiumRow}.
 */
public record RegionalRow(String code, String indicatorName, String unit, String breakdownLabel, int indentLevel,
		Map<String, BigDecimal> valuesByRegion, Set<String> regionsNotApplicable, String note) {

	public RegionalRow {
		Objects.requireNonNull(indicatorName, "indicatorName");
		code = code == null ? "" : code;
		unit = unit == null ? "" : unit;
		breakdownLabel = breakdownLabel == null ? "" : breakdownLabel;
		note = note == null ? "" : note;
		valuesByRegion = Figures.withoutNulls(valuesByRegion);
		regionsNotApplicable = regionsNotApplicable == null ? Set.of() : Set.copyOf(regionsNotApplicable);
		if (indentLevel < 0) {
			throw new IllegalArgumentException("indentLevel must not be negative: " + indentLevel);
		}
	}

	/** A row where every region without a value is "not available". */
	public RegionalRow(String code, String indicatorName, String unit, String breakdownLabel, int indentLevel,
			Map<String, BigDecimal> valuesByRegion, String note) {
		this(code, indicatorName, unit, breakdownLabel, indentLevel, valuesByRegion, Set.of(), note);
	}

}
