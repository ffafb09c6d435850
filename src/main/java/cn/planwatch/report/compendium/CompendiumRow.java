package cn.planwatch.report.compendium;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One printed line of a section: an indicator in one breakdown, over the compendium's years.
 * A year missing from {@code valuesByYear} is printed "…" (not available); a year in
 * {@code yearsNotApplicable} is printed "—" (not applicable, e.g. a breakdown not collected
 * before a certain year).
 *
 * @param code the indicator's code; rows of one indicator share it, and the number of decimals
 * printed is decided per code (the most any of its values uses, at most 2)
 * @param indicatorName e.g. 孕产妇死亡率
 * @param unit e.g. 1/10万, %, 人
 * @param breakdownLabel 合计, 女, 男, 城镇, 农村, 0—5岁 …; empty or 合计 for the indicator's total
 * @param indentLevel 0 for the total (printed as the indicator's name), 1 for a breakdown under
 * it (printed as the breakdown label), 2 for a breakdown of a breakdown
 */
public record CompendiumRow(String code, String indicatorName, String unit, String breakdownLabel, int indentLevel,
		Map<Integer, BigDecimal> valuesByYear, Set<Integer> yearsNotApplicable, String source, String note) {

	public CompendiumRow {
		Objects.requireNonNull(indicatorName, "indicatorName");
		code = code == null ? "" : code;
		unit = unit == null ? "" : unit;
		breakdownLabel = breakdownLabel == null ? "" : breakdownLabel;
		source = source == null ? "" : source;
		note = note == null ? "" : note;
		valuesByYear = Figures.withoutNulls(valuesByYear);
		yearsNotApplicable = yearsNotApplicable == null ? Set.of() : Set.copyOf(yearsNotApplicable);
		if (indentLevel < 0) {
			throw new IllegalArgumentException("indentLevel must not be negative: " + indentLevel);
		}
	}

	/** A row where every year without a value is "not available". */
	public CompendiumRow(String code, String indicatorName, String unit, String breakdownLabel, int indentLevel,
			Map<Integer, BigDecimal> valuesByYear, String source, String note) {
		this(code, indicatorName, unit, breakdownLabel, indentLevel, valuesByYear, Set.of(), source, note);
	}

}
