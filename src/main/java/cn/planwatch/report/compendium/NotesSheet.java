package cn.planwatch.report.compendium;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 编辑说明: the demonstration-data notice (when it applies), the compendium's own notes on sources
 * and definitions, then the standard notes every yearbook carries — where the sources are given,
 * what "…" and "—" mean, and how figures are rounded.
 */
final class NotesSheet {

	static final String NAME = "编辑说明";

	static final String SOURCES = "各指标的资料来源见各表“资料来源”栏；分地区资料的口径与全地区资料相同。";

	static final String SYMBOLS = "表中“" + Figure.NOT_AVAILABLE_SYMBOL + "”表示该项数据暂缺（未收集或未报送），“"
			+ Figure.NOT_APPLICABLE_SYMBOL + "”表示该项不适用（该年份或该地区无此统计口径）。";

	static final String ROUNDING = "同一指标的各项数值保留相同的小数位数（最多两位），因四舍五入，分项之和与合计可能略有出入。";

	private static final int WIDTH = 90;

	private NotesSheet() {
	}

	static void write(XSSFSheet sheet, Compendium compendium, CompendiumStyles styles) {
		sheet.setColumnWidth(0, TextWidth.column(WIDTH));
		Cells.line(sheet, 0, NAME, styles.sheetTitle, 1, 32);
		int index = 2;
		int number = 1;
		for (String paragraph : paragraphs(compendium)) {
			String text = number++ + "．" + paragraph;
			Cells.line(sheet, index++, text, styles.plain, 1, 15f * lines(text) + 6);
		}
		sheet.setDisplayGridlines(false);
		PageSetup.apply(sheet, WIDTH, 0, compendium.demo());
	}

	static List<String> paragraphs(Compendium compendium) {
		List<String> paragraphs = new ArrayList<>();
		if (compendium.demo()) {
			paragraphs.add(CoverSheet.DEMO_NOTICE);
		}
		paragraphs.addAll(compendium.notes());
		paragraphs.add(SOURCES);
		paragraphs.add(SYMBOLS);
		paragraphs.add(ROUNDING);
		return paragraphs;
	}

	private static int lines(String text) {
		return Math.max(1, (TextWidth.of(text) + WIDTH - 3) / (WIDTH - 2));
	}

}
