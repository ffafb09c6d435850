package cn.planwatch.report.compendium;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a {@link StatTable} onto a sheet: title and subtitle over all columns, the header, one
 * bordered row per line, breakdowns indented under their total; numbers right-aligned with the
 * indicator's decimals, "…" and "—" where there is no number. The title, subtitle and header rows
 * are frozen and repeat on every printed page.
 */
final class TableSheet {

	static final int TITLE_ROW = 0;

	static final int SUBTITLE_ROW = 1;

	static final int HEADER_ROW = 2;

	static final int FIRST_LINE_ROW = 3;

	static final int LABEL_COLUMN = 0;

	static final int UNIT_COLUMN = 1;

	static final int FIRST_VALUE_COLUMN = 2;

	/** Points per printed line of 10-point text, for rows whose wrapped text needs more than one. */
	private static final float LINE_HEIGHT = 13.5f;

	private static final int MIN_LABEL_WIDTH = 20;

	private static final int MAX_LABEL_WIDTH = 44;

	private static final int MIN_VALUE_WIDTH = 9;

	private static final int MAX_TRAILING_WIDTH = 24;

	private TableSheet() {
	}

	static void write(XSSFSheet sheet, StatTable table, CompendiumStyles styles, boolean demo) {
		int columns = table.columnCount();
		Map<String, Integer> decimals = Figures.decimalsByIndicator(table.lines());
		int[] widths = widths(table, decimals);
		int total = 0;
		for (int column = 0; column < columns; column++) {
			sheet.setColumnWidth(column, TextWidth.column(widths[column]));
			total += widths[column];
		}
		int titleLines = lines(TextWidth.of(table.title()) * CompendiumStyles.TITLE_POINTS / 10, total);
		Cells.line(sheet, TITLE_ROW, table.title(), styles.sheetTitle, columns, 10 + 22 * titleLines);
		Cells.line(sheet, SUBTITLE_ROW, table.subtitle(), styles.subtitle, columns, 18);
		header(sheet, table, styles);
		if (table.lines().isEmpty()) {
			XSSFRow row = sheet.createRow(FIRST_LINE_ROW);
			Cells.text(row, 0, StatTable.EMPTY_TEXT, styles.wrapped);
			for (int column = 1; column < columns; column++) {
				Cells.text(row, column, "", styles.wrapped);
			}
			sheet.addMergedRegion(new CellRangeAddress(FIRST_LINE_ROW, FIRST_LINE_ROW, 0, columns - 1));
		}
		int rowIndex = FIRST_LINE_ROW;
		for (TableLine line : table.lines()) {
			XSSFRow row = sheet.createRow(rowIndex++);
			lineRow(row, line, decimals.get(line.indicatorKey()), styles);
			row.setHeightInPoints(LINE_HEIGHT * linesNeeded(line, widths, table.valueHeaders().size()) + 4);
		}
		sheet.createFreezePane(LABEL_COLUMN + 1, FIRST_LINE_ROW);
		sheet.setDisplayGridlines(false);
		PageSetup.apply(sheet, total, FIRST_LINE_ROW, demo);
	}

	private static void header(XSSFSheet sheet, StatTable table, CompendiumStyles styles) {
		XSSFRow row = sheet.createRow(HEADER_ROW);
		row.setHeightInPoints(22);
		int column = 0;
		Cells.text(row, column++, StatTable.LABEL_HEADER, styles.header);
		Cells.text(row, column++, StatTable.UNIT_HEADER, styles.header);
		for (String header : table.valueHeaders()) {
			Cells.text(row, column++, header, styles.header);
		}
		for (String header : table.trailingHeaders()) {
			Cells.text(row, column++, header, styles.header);
		}
	}

	private static void lineRow(XSSFRow row, TableLine line, int decimals, CompendiumStyles styles) {
		int column = 0;
		Cells.text(row, column++, line.label(), styles.label(line.indent()));
		Cells.text(row, column++, line.unit(), styles.unit);
		for (Figure figure : line.figures()) {
			XSSFCell cell = row.createCell(column++);
			BigDecimal value = figure.value();
			if (value == null) {
				cell.setCellValue(figure.symbol());
				cell.setCellStyle(styles.symbol);
			}
			else {
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(styles.number(decimals));
			}
		}
		for (String text : line.trailing()) {
			Cells.text(row, column++, text, styles.wrapped);
		}
	}

	/** How many lines the row's wrapped texts (label, trailing columns) need at the given widths. */
	private static int linesNeeded(TableLine line, int[] widths, int values) {
		int lines = lines(TextWidth.of(line.label()), widths[LABEL_COLUMN] - 3 * line.indent());
		for (int i = 0; i < line.trailing().size(); i++) {
			lines = Math.max(lines, lines(TextWidth.of(line.trailing().get(i)), widths[FIRST_VALUE_COLUMN + values + i]));
		}
		return lines;
	}

	private static int lines(int textWidth, int columnWidth) {
		int usable = Math.max(4, columnWidth - 2);
		return Math.max(1, (textWidth + usable - 1) / usable);
	}

	/** Column widths in characters, from the header and the widest content, within limits per column kind. */
	private static int[] widths(StatTable table, Map<String, Integer> decimals) {
		int values = table.valueHeaders().size();
		int[] widths = new int[table.columnCount()];
		widths[LABEL_COLUMN] = MIN_LABEL_WIDTH;
		widths[UNIT_COLUMN] = TextWidth.of(StatTable.UNIT_HEADER) + 2;
		for (int i = 0; i < values; i++) {
			widths[FIRST_VALUE_COLUMN + i] = Math.max(MIN_VALUE_WIDTH, TextWidth.of(table.valueHeaders().get(i)) + 2);
		}
		List<String> trailingHeaders = table.trailingHeaders();
		for (int i = 0; i < trailingHeaders.size(); i++) {
			widths[FIRST_VALUE_COLUMN + values + i] = TextWidth.of(trailingHeaders.get(i)) + 4;
		}
		for (TableLine line : table.lines()) {
			widths[LABEL_COLUMN] = Math.max(widths[LABEL_COLUMN],
					Math.min(MAX_LABEL_WIDTH, TextWidth.of(line.label()) + 3 * line.indent() + 2));
			widths[UNIT_COLUMN] = Math.max(widths[UNIT_COLUMN], TextWidth.of(line.unit()) + 2);
			for (int i = 0; i < values; i++) {
				BigDecimal value = line.figures().get(i).value();
				if (value != null) {
					String printed = value.setScale(decimals.get(line.indicatorKey()), RoundingMode.HALF_UP)
						.toPlainString();
					widths[FIRST_VALUE_COLUMN + i] = Math.max(widths[FIRST_VALUE_COLUMN + i], printed.length() + 2);
				}
			}
			for (int i = 0; i < line.trailing().size(); i++) {
				int column = FIRST_VALUE_COLUMN + values + i;
				widths[column] = Math.max(widths[column],
						Math.min(MAX_TRAILING_WIDTH, TextWidth.of(line.trailing().get(i)) + 2));
			}
		}
		return widths;
	}

}
