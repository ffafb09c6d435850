package cn.planwatch.report.compendium;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A 分地区 table: one year's figures with the indicators as rows and the regions as columns, the
 * way a yearbook prints the sub-regions side by side. Printed as one sheet.
 *
 * @param title e.g. 2024年分地区妇女儿童主要指标; also the sheet's name (shortened if needed)
 * @param year the year of every figure in the table
 * @param regionNames the columns in print order, usually the region itself (全市) first, then its
 * sub-regions
 * @param rows the indicators in print order, each total followed by its breakdown rows
 */
public record RegionalTable(String title, int year, List<String> regionNames, List<RegionalRow> rows) {

	public RegionalTable {
		Objects.requireNonNull(title, "title");
		regionNames = List.copyOf(regionNames);
		rows = List.copyOf(rows);
		if (regionNames.isEmpty()) {
			throw new IllegalArgumentException("A regional table needs at least one region: " + title);
		}
		if (new HashSet<>(regionNames).size() != regionNames.size()) {
			throw new IllegalArgumentException("Region names repeat in " + title + ": " + regionNames);
		}
		for (RegionalRow row : rows) {
			if (!regionNames.containsAll(row.valuesByRegion().keySet())
					|| !regionNames.containsAll(row.regionsNotApplicable())) {
				throw new IllegalArgumentException(
						"Row " + row.code() + " " + row.indicatorName() + " names regions outside " + regionNames);
			}
		}
	}

}
