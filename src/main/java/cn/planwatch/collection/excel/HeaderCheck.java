package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.TemplateLayout.CODE;
import static cn.planwatch.collection.excel.TemplateLayout.DATA_SHEET;
import static cn.planwatch.collection.excel.TemplateLayout.HEADERS;
import static cn.planwatch.collection.excel.TemplateLayout.HEADER_ROW;

import cn.planwatch.collection.excel.SheetContent.SheetRow;

/**
 * Finds the header row of the sheet "填报" and compares its texts with the template's. A header
 * found in another row means rows were inserted or deleted above it; a header text found in
 * another column means columns were inserted, deleted or moved, and then no cell can be trusted
 * to be in its column.
 */
final class HeaderCheck {

	/** How far below its place the header row is looked for. */
	private static final int SEARCH = 20;

	/** Where the header was found (1-based) and whether the columns are out of place. */
	record Header(int row, boolean columnsShifted) {
	}

	private HeaderCheck() {
	}

	static Header check(SheetContent content, UploadProblems problems) {
		int row = locate(content);
		if (row != HEADER_ROW) {
			problems.row(DATA_SHEET, row, "表头应在第 " + HEADER_ROW + " 行，现在第 " + row
					+ " 行：表头上方插入或删除了行。请恢复原样，或重新下载模板填报。");
		}
		SheetRow header = content.rows().get(row);
		boolean shifted = false;
		for (int column = 0; column < HEADERS.size(); column++) {
			String shown = header == null ? "" : header.shown(column);
			String wanted = HEADERS.get(column);
			if (shown.equals(wanted)) {
				continue;
			}
			problems.cell(DATA_SHEET, row, column, "表头应为“" + wanted + "”，"
					+ (shown.isEmpty() ? "现在是空的" : "现为" + Text.quote(shown)) + "；请不要修改表头。");
			shifted |= HEADERS.contains(shown);
		}
		if (header != null && header.outside != null) {
			problems.cell(DATA_SHEET, row, header.outside.column(),
					"表头多出一列" + Text.quote(header.outside.shown()) + "；请不要插入列，说明请写在备注列。");
			shifted = true;
		}
		return new Header(row, shifted);
	}

	private static int locate(SheetContent content) {
		if (isHeader(content.rows().get(HEADER_ROW))) {
			return HEADER_ROW;
		}
		for (SheetRow row : content.rows().headMap(HEADER_ROW + SEARCH, true).values()) {
			if (isHeader(row)) {
				return row.number;
			}
		}
		return HEADER_ROW;
	}

	private static boolean isHeader(SheetRow row) {
		return row != null && row.shown(CODE).equals(HEADERS.get(CODE));
	}

}
