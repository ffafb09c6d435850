package cn.planwatch.collection.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a reporting workbook, made once per workbook: locked description cells,
 * pale-yellow unlocked input cells, grey locked cells that are not filled in. The workbook's
 * default font is kept; Excel and WPS substitute a CJK font for the Chinese text.
 */
final class TemplateStyles {

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle instructions;

	final CellStyle header;

	final CellStyle text;

	final CellStyle wrappedText;

	final CellStyle number;

	final CellStyle inputNumber;

	final CellStyle inputText;

	final CellStyle notApplicable;

	TemplateStyles(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		Font small = workbook.createFont();
		small.setFontHeightInPoints((short) 9);
		small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

		title = workbook.createCellStyle();
		title.setFont(big);
		title.setAlignment(HorizontalAlignment.CENTER);
		title.setVerticalAlignment(VerticalAlignment.CENTER);

		subtitle = workbook.createCellStyle();
		subtitle.setVerticalAlignment(VerticalAlignment.CENTER);

		instructions = workbook.createCellStyle();
		instructions.setFont(small);
		instructions.setWrapText(true);
		instructions.setVerticalAlignment(VerticalAlignment.CENTER);

		header = bordered(workbook);
		header.setFont(bold);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setWrapText(true);
		fill(header, IndexedColors.GREY_25_PERCENT);

		text = bordered(workbook);

		wrappedText = bordered(workbook);
		wrappedText.setWrapText(true);

		number = bordered(workbook);
		number.setAlignment(HorizontalAlignment.RIGHT);

		inputNumber = bordered(workbook);
		inputNumber.setLocked(false);
		fill(inputNumber, IndexedColors.LIGHT_YELLOW);

		inputText = bordered(workbook);
		inputText.setLocked(false);
		inputText.setWrapText(true);
		inputText.setDataFormat(workbook.createDataFormat().getFormat("@"));
		fill(inputText, IndexedColors.LIGHT_YELLOW);

		notApplicable = bordered(workbook);
		notApplicable.setFont(small);
		notApplicable.setAlignment(HorizontalAlignment.CENTER);
		fill(notApplicable, IndexedColors.GREY_25_PERCENT);
	}

	private static CellStyle bordered(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setLocked(true);
		return style;
	}

	private static void fill(CellStyle style, IndexedColors colour) {
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

}
