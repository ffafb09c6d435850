package cn.planwatch.report.compendium;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writing a text cell, and a row of one text spread over several columns. */
final class Cells {

	private Cells() {
	}

	static XSSFCell text(XSSFRow row, int column, String text, CellStyle style) {
		XSSFCell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		return cell;
	}

	/** A new row of the given height whose text spans columns 0 … {@code columns − 1}. */
	static XSSFRow line(XSSFSheet sheet, int index, String text, CellStyle style, int columns, float height) {
		XSSFRow row = sheet.createRow(index);
		row.setHeightInPoints(height);
		text(row, 0, text, style);
		if (columns > 1) {
			sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
		}
		return row;
	}

}
