package cn.planwatch.report.compendium;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** 目录: one line per sheet, each a link to the sheet's first cell; group headings are not links. */
final class ContentsSheet {

	static final String NAME = "目录";

	static final String TITLE = "目　　录";

	private static final int WIDTH = 70;

	/**
	 * A line of the table of contents; {@code sheetName} is null for a heading, {@code indented}
	 * for the lines under a heading.
	 */
	record Entry(String text, String sheetName, boolean indented) {
	}

	private ContentsSheet() {
	}

	static void write(XSSFSheet sheet, List<Entry> entries, CompendiumStyles styles, boolean demo) {
		sheet.setColumnWidth(0, TextWidth.column(WIDTH));
		Cells.line(sheet, 0, TITLE, styles.sheetTitle, 1, 32);
		int index = 2;
		for (Entry entry : entries) {
			if (entry.sheetName() == null) {
				Cells.line(sheet, index++, entry.text(), styles.heading, 1, 20);
				continue;
			}
			XSSFCell cell = Cells.line(sheet, index++, entry.text(), entry.indented() ? styles.indentedLink : styles.link, 1, 20)
				.getCell(0);
			XSSFHyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			link.setAddress(address(entry.sheetName()));
			cell.setHyperlink(link);
		}
		sheet.setDisplayGridlines(false);
		PageSetup.apply(sheet, WIDTH, 0, demo);
	}

	/** "'妇女与健康'!A1": the sheet name quoted, an apostrophe in it doubled. */
	static String address(String sheetName) {
		return "'" + sheetName.replace("'", "''") + "'!A1";
	}

}
