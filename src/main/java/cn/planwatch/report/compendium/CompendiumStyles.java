package cn.planwatch.report.compendium;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a compendium workbook, made once per workbook (a workbook holds at most
 * 64,000 styles, so none is made per cell). Every font is 宋体, the typeface Chinese statistical
 * yearbooks print in; the xlsx stores the family name 宋体, which Excel and WPS on Chinese systems
 * resolve to SimSun and other systems replace with their CJK serif.
 */
final class CompendiumStyles {

	static final String FONT_NAME = "宋体";

	/** The size of a sheet's title; body text is 10 points. */
	static final int TITLE_POINTS = 16;

	/** Indentation deeper than this is printed at this depth. */
	static final int MAX_INDENT = 4;

	final CellStyle coverTitle;

	final CellStyle coverLine;

	final CellStyle demoNotice;

	final CellStyle sheetTitle;

	final CellStyle subtitle;

	final CellStyle header;

	final CellStyle unit;

	final CellStyle symbol;

	final CellStyle wrapped;

	final CellStyle plain;

	final CellStyle link;

	final CellStyle indentedLink;

	final CellStyle heading;

	private final CellStyle[] labels = new CellStyle[MAX_INDENT + 1];

	private final CellStyle[] numbers = new CellStyle[Figures.MAX_DECIMALS + 1];

	CompendiumStyles(XSSFWorkbook workbook) {
		XSSFFont defaultFont = workbook.getFontAt(0);
		defaultFont.setFontName(FONT_NAME);
		defaultFont.setFontHeightInPoints((short) 10);

		Font body = font(workbook, 10, false);
		Font bold = font(workbook, 10, true);

		coverTitle = centred(workbook, font(workbook, 22, true));
		coverTitle.setWrapText(true);

		coverLine = centred(workbook, font(workbook, 14, false));

		Font red = font(workbook, 12, true);
		red.setColor(IndexedColors.RED.getIndex());
		demoNotice = centred(workbook, red);
		demoNotice.setWrapText(true);

		sheetTitle = centred(workbook, font(workbook, TITLE_POINTS, true));
		sheetTitle.setWrapText(true);

		subtitle = centred(workbook, body);

		header = bordered(workbook, body);
		header.setFont(bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setWrapText(true);

		unit = bordered(workbook, body);
		unit.setAlignment(HorizontalAlignment.CENTER);

		symbol = bordered(workbook, body);
		symbol.setAlignment(HorizontalAlignment.RIGHT);

		wrapped = bordered(workbook, body);
		wrapped.setWrapText(true);

		plain = workbook.createCellStyle();
		plain.setFont(body);
		plain.setWrapText(true);
		plain.setVerticalAlignment(VerticalAlignment.TOP);

		Font blue = font(workbook, 12, false);
		blue.setColor(IndexedColors.BLUE.getIndex());
		blue.setUnderline(Font.U_SINGLE);
		link = workbook.createCellStyle();
		link.setFont(blue);
		link.setVerticalAlignment(VerticalAlignment.CENTER);
		indentedLink = workbook.createCellStyle();
		indentedLink.cloneStyleFrom(link);
		indentedLink.setAlignment(HorizontalAlignment.LEFT);
		indentedLink.setIndention((short) 2);

		heading = workbook.createCellStyle();
		heading.setFont(font(workbook, 12, true));
		heading.setVerticalAlignment(VerticalAlignment.CENTER);

		for (int indent = 0; indent <= MAX_INDENT; indent++) {
			labels[indent] = bordered(workbook, body);
			labels[indent].setAlignment(HorizontalAlignment.LEFT); // Excel indents only left-aligned text
			labels[indent].setIndention((short) indent);
			labels[indent].setWrapText(true);
		}
		for (int decimals = 0; decimals <= Figures.MAX_DECIMALS; decimals++) {
			numbers[decimals] = bordered(workbook, body);
			numbers[decimals].setAlignment(HorizontalAlignment.RIGHT);
			numbers[decimals].setDataFormat(workbook.createDataFormat().getFormat(numberFormat(decimals)));
		}
	}

	/** "0", "0.0", "0.00": no thousands separator, as yearbooks print. */
	static String numberFormat(int decimals) {
		return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
	}

	CellStyle label(int indent) {
		return labels[Math.min(indent, MAX_INDENT)];
	}

	CellStyle number(int decimals) {
		return numbers[decimals];
	}

	private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
		Font font = workbook.createFont();
		font.setFontName(FONT_NAME);
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private static CellStyle centred(XSSFWorkbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

}
