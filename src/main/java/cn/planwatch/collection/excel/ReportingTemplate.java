package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.TemplateLayout.CODE;
import static cn.planwatch.collection.excel.TemplateLayout.DENOMINATOR;
import static cn.planwatch.collection.excel.TemplateLayout.FIRST_DATA_ROW;
import static cn.planwatch.collection.excel.TemplateLayout.GROUP;
import static cn.planwatch.collection.excel.TemplateLayout.HEADERS;
import static cn.planwatch.collection.excel.TemplateLayout.HEADER_ROW;
import static cn.planwatch.collection.excel.TemplateLayout.LAST_YEAR;
import static cn.planwatch.collection.excel.TemplateLayout.NAME;
import static cn.planwatch.collection.excel.TemplateLayout.NOTE;
import static cn.planwatch.collection.excel.TemplateLayout.NUMERATOR;
import static cn.planwatch.collection.excel.TemplateLayout.SOURCE;
import static cn.planwatch.collection.excel.TemplateLayout.UNIT;
import static cn.planwatch.collection.excel.TemplateLayout.VALUE;
import static cn.planwatch.collection.excel.TemplateLayout.WIDTHS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.planwatch.collection.excel.TemplateLayout.Line;

/**
 * Writes a department's reporting workbook (.xlsx): the print-ready sheet "填报" with one row per
 * indicator and breakdown, the sheet "指标说明" with each indicator's definition, and the very
 * hidden sheet "_meta" that lets {@link ReportingUpload} recognise the template. Sheets are
 * protected (against accidental edits, not as security); only the input cells are unlocked.
 */
public final class ReportingTemplate {

	private static final String INSTRUCTIONS = "填报说明：浅黄色单元格为填报项，灰色单元格无需填写。比率类指标请填写分子和分母，"
			+ "本年数值由系统计算；其他指标填写本年数值。请填写阿拉伯数字，不要用公式；没有数据请留空，不要填“无”“—”。"
			+ "请勿插入、删除或移动行列，勿修改表头。各指标口径见“指标说明”工作表。";

	private ReportingTemplate() {
	}

	/** The template for one department's task, as the bytes of an .xlsx file. */
	public static byte[] write(TaskSheet sheet) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			TemplateStyles styles = new TemplateStyles(workbook);
			writeDataSheet(workbook.createSheet(TemplateLayout.DATA_SHEET), sheet, styles);
			GuideSheet.write(workbook.createSheet(TemplateLayout.GUIDE_SHEET), sheet, styles);
			writeMetaSheet(workbook, TemplateMeta.of(sheet));
			workbook.setActiveSheet(0);
			workbook.lockStructure();
			workbook.getProperties().getCoreProperties().setTitle(sheet.year() + " 年" + TemplateLayout.TITLE);
			workbook.getProperties().getCoreProperties().setCreator("PlanWatch");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Writing an in-memory workbook failed", e);
		}
	}

	private static void writeDataSheet(XSSFSheet target, TaskSheet sheet, TemplateStyles styles) {
		titleBlock(target, sheet, styles);
		Row header = target.createRow(HEADER_ROW - 1);
		header.setHeightInPoints(22);
		for (int column = 0; column < HEADERS.size(); column++) {
			cell(header, column, styles.header).setCellValue(HEADERS.get(column));
		}
		List<Line> lines = TemplateLayout.lines(sheet);
		int index = FIRST_DATA_ROW - 1;
		for (Line line : lines) {
			dataRow(target.createRow(index++), line, styles);
		}
		for (int column = 0; column < WIDTHS.length; column++) {
			target.setColumnWidth(column, WIDTHS[column] * 256);
		}
		if (!lines.isEmpty()) {
			numbersOnly(target, FIRST_DATA_ROW - 1, index - 1);
		}
		target.createFreezePane(0, HEADER_ROW);
		PrintLayout.landscape(target, HEADER_ROW);
		protect(target);
	}

	private static void titleBlock(XSSFSheet target, TaskSheet sheet, TemplateStyles styles) {
		int last = HEADERS.size() - 1;
		Row title = target.createRow(0);
		title.setHeightInPoints(30);
		cell(title, 0, styles.title).setCellValue(TemplateLayout.TITLE);
		target.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
		Row subtitle = target.createRow(1);
		subtitle.setHeightInPoints(20);
		cell(subtitle, 0, styles.subtitle).setCellValue("地区：" + sheet.regionName() + "（" + sheet.regionCode() + "）"
				+ "　　年度：" + sheet.year() + " 年　　填报单位：" + sheet.departmentName());
		target.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
		Row instructions = target.createRow(2);
		instructions.setHeightInPoints(36);
		cell(instructions, 0, styles.instructions).setCellValue(INSTRUCTIONS);
		target.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
	}

	private static void dataRow(Row row, Line line, TemplateStyles styles) {
		SheetIndicator indicator = line.indicator();
		cell(row, CODE, styles.text).setCellValue(indicator.code());
		cell(row, NAME, styles.wrappedText).setCellValue(indicator.name());
		cell(row, GROUP, styles.text).setCellValue(line.label());
		cell(row, UNIT, styles.text).setCellValue(indicator.unit() == null ? "" : indicator.unit());
		Cell lastYear = cell(row, LAST_YEAR, styles.number);
		BigDecimal previous = indicator.lastYear().get(line.breakdown().key());
		if (previous != null) {
			lastYear.setCellValue(previous.doubleValue());
		}
		if (indicator.isRatio()) {
			cell(row, VALUE, styles.notApplicable).setCellValue(TemplateLayout.RATIO_HINT);
			cell(row, NUMERATOR, styles.inputNumber);
			cell(row, DENOMINATOR, styles.inputNumber);
		}
		else {
			cell(row, VALUE, styles.inputNumber);
			cell(row, NUMERATOR, styles.notApplicable);
			cell(row, DENOMINATOR, styles.notApplicable);
		}
		cell(row, SOURCE, styles.inputText);
		cell(row, NOTE, styles.inputText);
	}

	/** Excel and WPS refuse text typed into the number columns; the reader checks again, as pasting bypasses this. */
	private static void numbersOnly(XSSFSheet target, int firstRow, int lastRow) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(target);
		DataValidation validation = helper.createValidation(
				helper.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15"),
				new CellRangeAddressList(firstRow, lastRow, VALUE, DENOMINATOR));
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("请填写数字", "这里只能填写数字；没有数据请留空。");
		validation.setShowErrorBox(true);
		target.addValidationData(validation);
	}

	private static void writeMetaSheet(XSSFWorkbook workbook, TemplateMeta meta) {
		XSSFSheet target = workbook.createSheet(TemplateLayout.META_SHEET);
		int index = 0;
		for (var entry : meta.entries().entrySet()) {
			Row row = target.createRow(index++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue() == null ? "" : entry.getValue());
		}
		protect(target);
		workbook.setSheetVisibility(workbook.getSheetIndex(target), SheetVisibility.VERY_HIDDEN);
	}

	static void protect(XSSFSheet target) {
		target.protectSheet(TemplateLayout.PROTECTION_PASSWORD);
		target.lockFormatColumns(false);
		target.lockFormatRows(false);
		target.lockSelectLockedCells(false);
		target.lockSelectUnlockedCells(false);
	}

	static Cell cell(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

}
