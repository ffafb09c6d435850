package cn.planwatch.report.compendium;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A statistical compendium (妇女儿童统计资料) of one region: the cover facts, one section per plan
 * area with every indicator × breakdown × year, the sub-region tables of single years, and the
 * notes printed under 编辑说明.
 *
 * @param title e.g. 明川市妇女儿童统计资料（2020—2024年）
 * @param regionName the region the compendium describes, e.g. 明川市
 * @param years the year columns of every section, ascending, no repeats
 * @param demo whether the figures are demonstration data; the workbook then says so on the
 * cover and in the header of every printed page
 * @param compiledBy e.g. 明川市统计局
 * @param compiledOn the date printed on the cover
 * @param sections the plan areas in print order
 * @param regionalTables the 分地区 tables in print order (may be empty)
 * @param notes the notes on sources and definitions, one paragraph each, printed under 编辑说明
 * before the standard notes on symbols and rounding
 */
public record Compendium(String title, String regionName, List<Integer> years, boolean demo, String compiledBy,
		LocalDate compiledOn, List<CompendiumSection> sections, List<RegionalTable> regionalTables,
		List<String> notes) {

	public Compendium {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(regionName, "regionName");
		Objects.requireNonNull(compiledOn, "compiledOn");
		compiledBy = compiledBy == null ? "" : compiledBy;
		years = List.copyOf(years);
		sections = List.copyOf(sections);
		regionalTables = regionalTables == null ? List.of() : List.copyOf(regionalTables);
		notes = notes == null ? List.of() : List.copyOf(notes);
		if (years.isEmpty()) {
			throw new IllegalArgumentException("A compendium needs at least one year");
		}
		for (int i = 1; i < years.size(); i++) {
			if (years.get(i) <= years.get(i - 1)) {
				throw new IllegalArgumentException("Years must ascend without repeats: " + years);
			}
		}
		for (CompendiumSection section : sections) {
			for (CompendiumRow row : section.rows()) {
				if (!years.containsAll(row.valuesByYear().keySet()) || !years.containsAll(row.yearsNotApplicable())) {
					throw new IllegalArgumentException("Row " + row.code() + " " + row.indicatorName()
							+ " has years outside the compendium's " + years);
				}
			}
		}
	}

	/** A compendium without sub-region tables. */
	public Compendium(String title, String regionName, List<Integer> years, boolean demo, String compiledBy,
			LocalDate compiledOn, List<CompendiumSection> sections, List<String> notes) {
		this(title, regionName, years, demo, compiledBy, compiledOn, sections, List.of(), notes);
	}

	/** "2020—2024年", or "2024年" for a single year. */
	public String yearSpan() {
		int first = years.get(0);
		int last = years.get(years.size() - 1);
		return first == last ? first + "年" : first + "—" + last + "年";
	}

}
