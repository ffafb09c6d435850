package cn.planwatch.report.compendium;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.planwatch.plan.ChineseNumerals;

/** Turns the compendium's sections and regional tables into the tables the sheets print. */
final class StatTables {

	static final List<String> SECTION_TRAILING = List.of("资料来源", "备注");

	static final List<String> REGIONAL_TRAILING = List.of("备注");

	private StatTables() {
	}

	/** "一、妇女与健康": the section's title on its sheet and in the table of contents. */
	static String sectionTitle(int number, CompendiumSection section) {
		String numeral = number <= 99 ? ChineseNumerals.of(number) : String.valueOf(number);
		return numeral + "、" + section.name();
	}

	/** Years as columns: 指标 | 单位 | 2020 … 2024 | 资料来源 | 备注. */
	static StatTable section(Compendium compendium, int number, CompendiumSection section) {
		List<String> headers = compendium.years().stream().map(String::valueOf).toList();
		List<TableLine> lines = new ArrayList<>();
		for (CompendiumRow row : section.rows()) {
			List<Figure> figures = figures(compendium.years(), row.valuesByYear(), row.yearsNotApplicable());
			lines.add(line(row.code(), row.indicatorName(), row.breakdownLabel(), row.indentLevel(), row.unit(), figures,
					List.of(row.source(), row.note())));
		}
		return new StatTable(sectionTitle(number, section), compendium.regionName() + "　" + compendium.yearSpan(),
				headers, SECTION_TRAILING, lines);
	}

	/** Regions as columns for one year: 指标 | 单位 | 全市 | 甲区 … | 备注. */
	static StatTable regional(Compendium compendium, RegionalTable table) {
		List<TableLine> lines = new ArrayList<>();
		for (RegionalRow row : table.rows()) {
			List<Figure> figures = figures(table.regionNames(), row.valuesByRegion(), row.regionsNotApplicable());
			lines.add(line(row.code(), row.indicatorName(), row.breakdownLabel(), row.indentLevel(), row.unit(), figures,
					List.of(row.note())));
		}
		return new StatTable(table.title(), compendium.regionName() + "　" + table.year() + "年", table.regionNames(),
				REGIONAL_TRAILING, lines);
	}

	private static <K> List<Figure> figures(List<K> columns, Map<K, BigDecimal> values, Set<K> notApplicable) {
		return columns.stream().map(key -> Figure.of(values.get(key), notApplicable.contains(key))).toList();
	}

	private static TableLine line(String code, String indicatorName, String breakdownLabel, int indent, String unit,
			List<Figure> figures, List<String> trailing) {
		return new TableLine(TableLine.indicatorKey(code, indicatorName),
				TableLine.label(indicatorName, breakdownLabel, indent), indent, unit, figures, trailing);
	}

}
