package cn.planwatch.report.compendium;

import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The cover: title, region, years, who compiled it and when, and the demonstration-data notice. */
final class CoverSheet {

	static final String NAME = "封面";

	static final String DEMO_NOTICE = "演示数据：本资料中的数字由系统生成，仅供演示和培训使用，不是统计数据，不得引用。";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final int COLUMNS = 6;

	private static final int COLUMN_WIDTH = 14;

	private CoverSheet() {
	}

	static void write(XSSFSheet sheet, Compendium compendium, CompendiumStyles styles) {
		for (int column = 0; column < COLUMNS; column++) {
			sheet.setColumnWidth(column, TextWidth.column(COLUMN_WIDTH));
		}
		line(sheet, 4, compendium.title(), styles.coverTitle, 90);
		line(sheet, 9, "地　　区：" + compendium.regionName(), styles.coverLine, 24);
		line(sheet, 10, "资料年份：" + compendium.yearSpan(), styles.coverLine, 24);
		if (!compendium.compiledBy().isBlank()) {
			line(sheet, 11, "编制单位：" + compendium.compiledBy(), styles.coverLine, 24);
		}
		line(sheet, 12, "编制日期：" + DATE.format(compendium.compiledOn()), styles.coverLine, 24);
		if (compendium.demo()) {
			line(sheet, 16, DEMO_NOTICE, styles.demoNotice, 48);
		}
		sheet.setDisplayGridlines(false);
		PageSetup.apply(sheet, COLUMNS * COLUMN_WIDTH, 0, compendium.demo());
		sheet.setVerticallyCenter(true);
	}

	private static void line(XSSFSheet sheet, int index, String text, CellStyle style, float height) {
		Cells.line(sheet, index, text, style, COLUMNS, height);
	}

}
