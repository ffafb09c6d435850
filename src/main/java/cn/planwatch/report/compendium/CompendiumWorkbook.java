package cn.planwatch.report.compendium;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Compendium} as a print-ready xlsx workbook. The sheets, in order:
 * <ol>
 * <li>封面 — title, region, years, compiled by and on, and the 演示数据 notice for demo data;</li>
 * <li>编辑说明 — the compendium's notes, where sources are given, "…" (not available) and "—" (not
 * applicable), rounding;</li>
 * <li>目录 — a link to every following sheet;</li>
 * <li>one sheet per section, named after the area: 指标 | 单位 | one column per year | 资料来源 |
 * 备注, breakdowns indented under their total;</li>
 * <li>one sheet per regional table, named after its title: 指标 | 单位 | one column per region |
 * 备注.</li>
 * </ol>
 * Every sheet prints on A4, one page wide (landscape when wide), without gridlines, with page
 * numbers; table sheets repeat their three title and header rows on every page and freeze them
 * with the 指标 column. Sheet names are made acceptable to Excel and unique (see
 * {@link SheetNames}).
 */
public final class CompendiumWorkbook {

	static final String REGIONAL_HEADING = "分地区资料";

	private CompendiumWorkbook() {
	}

	/** Writes the workbook to {@code out}, which is left open. */
	public static void write(Compendium compendium, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CompendiumStyles styles = new CompendiumStyles(workbook);
			SheetNames names = new SheetNames();
			String cover = names.add(CoverSheet.NAME);
			String notes = names.add(NotesSheet.NAME);
			String contents = names.add(ContentsSheet.NAME);
			CoverSheet.write(workbook.createSheet(cover), compendium, styles);
			NotesSheet.write(workbook.createSheet(notes), compendium, styles);
			var contentsSheet = workbook.createSheet(contents);

			List<ContentsSheet.Entry> entries = new ArrayList<>();
			entries.add(new ContentsSheet.Entry(NotesSheet.NAME, notes, false));
			int number = 1;
			for (CompendiumSection section : compendium.sections()) {
				StatTable table = StatTables.section(compendium, number++, section);
				String name = names.add(section.name());
				TableSheet.write(workbook.createSheet(name), table, styles, compendium.demo());
				entries.add(new ContentsSheet.Entry(table.title(), name, false));
			}
			if (!compendium.regionalTables().isEmpty()) {
				entries.add(new ContentsSheet.Entry(REGIONAL_HEADING, null, false));
			}
			for (RegionalTable regional : compendium.regionalTables()) {
				StatTable table = StatTables.regional(compendium, regional);
				String name = names.add(regional.title());
				TableSheet.write(workbook.createSheet(name), table, styles, compendium.demo());
				entries.add(new ContentsSheet.Entry(table.title(), name, true));
			}
			ContentsSheet.write(contentsSheet, entries, styles, compendium.demo());

			var properties = workbook.getProperties().getCoreProperties();
			properties.setTitle(compendium.title());
			properties.setCreator(compendium.compiledBy());
			workbook.write(out);
		}
	}

}
