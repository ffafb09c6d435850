package cn.planwatch.collection.excel;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.planwatch.collection.Breakdown;

/** The sheet "指标说明": each indicator's code, name, unit, how it is reported and its definition (口径). */
final class GuideSheet {

	private static final List<String> HEADERS = List.of("指标代码", "指标名称", "单位", "填报方式", "分子", "分母", "分组",
			"指标口径（定义）");

	private static final int[] WIDTHS = { 12, 32, 8, 16, 24, 24, 22, 60 };

	private GuideSheet() {
	}

	static void write(XSSFSheet target, TaskSheet sheet, TemplateStyles styles) {
		Row header = target.createRow(0);
		header.setHeightInPoints(22);
		for (int column = 0; column < HEADERS.size(); column++) {
			ReportingTemplate.cell(header, column, styles.header).setCellValue(HEADERS.get(column));
		}
		int index = 1;
		for (SheetIndicator indicator : sheet.indicators()) {
			Row row = target.createRow(index++);
			text(row, 0, indicator.code(), styles);
			text(row, 1, indicator.name(), styles);
			text(row, 2, indicator.unit(), styles);
			text(row, 3, indicator.isRatio() ? "填写分子、分母" : "填写本年数值", styles);
			text(row, 4, indicator.numeratorName(), styles);
			text(row, 5, indicator.denominatorName(), styles);
			text(row, 6, indicator.breakdowns().stream().map(Breakdown::label).collect(Collectors.joining("、")), styles);
			text(row, 7, indicator.definition(), styles);
		}
		for (int column = 0; column < WIDTHS.length; column++) {
			target.setColumnWidth(column, WIDTHS[column] * 256);
		}
		target.createFreezePane(0, 1);
		PrintLayout.landscape(target, 1);
		ReportingTemplate.protect(target);
	}

	private static void text(Row row, int column, String value, TemplateStyles styles) {
		ReportingTemplate.cell(row, column, styles.wrappedText).setCellValue(value == null ? "" : value);
	}

}
