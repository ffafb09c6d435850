package cn.planwatch.report.compendium;

import java.util.List;
import java.util.Objects;

/**
 * One plan area of a compendium, printed as one sheet.
 *
 * @param name the area, e.g. 妇女与健康
 * @param rows the indicators in print order, each total followed by its breakdown rows
 */
public record CompendiumSection(String name, List<CompendiumRow> rows) {

	public CompendiumSection {
		Objects.requireNonNull(name, "name");
		rows = List.copyOf(rows);
	}

}
