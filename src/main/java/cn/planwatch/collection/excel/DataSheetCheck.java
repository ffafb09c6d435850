package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.TemplateLayout.CODE;
import static cn.planwatch.collection.excel.TemplateLayout.DATA_SHEET;
import static cn.planwatch.collection.excel.TemplateLayout.DENOMINATOR;
import static cn.planwatch.collection.excel.TemplateLayout.FIRST_DATA_ROW;
import static cn.planwatch.collection.excel.TemplateLayout.GROUP;
import static cn.planwatch.collection.excel.TemplateLayout.NOTE;
import static cn.planwatch.collection.excel.TemplateLayout.NUMERATOR;
import static cn.planwatch.collection.excel.TemplateLayout.SOURCE;
import static cn.planwatch.collection.excel.TemplateLayout.VALUE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.util.CellRangeAddress;

import cn.planwatch.collection.excel.RowAlignment.Step;
import cn.planwatch.collection.excel.SheetContent.SheetRow;
import cn.planwatch.collection.excel.TemplateLayout.Line;

/**
 * Checks the sheet "填报" of a recognised template against the task, row by row: the header, merged
 * cells, rows inserted, deleted, moved or edited, and the type of every input cell. Returns the
 * filled rows as cells in template order; problems go to the collector.
 */
final class DataSheetCheck {

	private final List<Line> lines;

	private final InputCells inputs;

	private final UploadProblems problems;

	DataSheetCheck(TaskSheet expected, CellFormats formats, UploadProblems problems) {
		this.lines = TemplateLayout.lines(expected);
		this.inputs = new InputCells(formats);
		this.problems = problems;
	}

	List<UploadedCell> check(SheetContent content) {
		HeaderCheck.Header header = HeaderCheck.check(content, problems);
		mergedCells(content, header.row());
		List<SheetRow> rows = content.rows()
			.tailMap(header.row(), false)
			.values()
			.stream()
			.filter(SheetRow::hasContent)
			.toList();
		List<String> found = rows.stream().map(r -> Line.shownKey(r.shown(CODE), r.shown(GROUP))).toList();
		List<String> wanted = lines.stream().map(Line::shownKey).toList();
		List<UploadedCell> cells = new ArrayList<>();
		for (Step step : RowAlignment.align(wanted, found)) {
			SheetRow row = step.actual() < rows.size() ? rows.get(step.actual()) : null;
			Line line = step.expected() >= 0 ? lines.get(step.expected()) : null;
			switch (step.kind()) {
				case MATCH -> {
					outside(row);
					if (!header.columnsShifted()) {
						read(line, row).ifPresent(cells::add);
					}
				}
				case MOVED -> {
					problems.row(DATA_SHEET, row.number, "本行（" + describe(line) + "）的位置被移动过，模板中应在第 "
							+ (FIRST_DATA_ROW + step.expected()) + " 行；请不要移动或排序行。");
					outside(row);
					if (!header.columnsShifted()) {
						read(line, row);
					}
				}
				case DUPLICATE -> problems.row(DATA_SHEET, row.number, "本行与第 " + rows.get(step.other()).number
						+ " 行重复（" + describe(line) + "），请删除多余的行。");
				case CHANGED -> changed(line, row);
				case EXTRA -> extra(row);
				case MISSING -> missing(line, row == null ? lastRow(rows, header.row()) + 1 : row.number,
						step.expected());
			}
		}
		return problems.isEmpty() ? cells : List.of();
	}

	private void mergedCells(SheetContent content, int headerRow) {
		for (CellRangeAddress region : content.merged()) {
			if (region.getLastRow() + 1 >= headerRow) {
				problems.cell(DATA_SHEET, region.getFirstRow() + 1, region.getFirstColumn(),
						"“" + region.formatAsString() + "”是合并单元格，请取消合并，每行每列分别填写。");
			}
		}
	}

	private Optional<UploadedCell> read(Line line, SheetRow row) {
		SheetIndicator indicator = line.indicator();
		int before = problems.size();
		CellReading value;
		CellReading numerator;
		CellReading denominator;
		if (indicator.isRatio()) {
			value = ratioValue(row.cell(VALUE));
			numerator = inputs.number(row.cell(NUMERATOR), false, null);
			denominator = inputs.number(row.cell(DENOMINATOR), false, null);
		}
		else {
			value = inputs.number(row.cell(VALUE), isPercent(indicator.unit()), indicator.unit());
			numerator = notARatio(row.cell(NUMERATOR));
			denominator = notARatio(row.cell(DENOMINATOR));
		}
		CellReading source = inputs.text(row.cell(SOURCE));
		CellReading note = inputs.text(row.cell(NOTE));
		report(row, VALUE, value);
		report(row, NUMERATOR, numerator);
		report(row, DENOMINATOR, denominator);
		report(row, SOURCE, source);
		report(row, NOTE, note);
		if (problems.size() > before || (value.number() == null && numerator.number() == null
				&& denominator.number() == null && source.text() == null && note.text() == null)) {
			return Optional.empty();
		}
		return Optional.of(new UploadedCell(indicator.code(), line.breakdown().key(), value.number(),
				numerator.number(), denominator.number(), source.text(), note.text(), row.number));
	}

	/** A rate's value is computed: the cell holds the hint or nothing. */
	private static CellReading ratioValue(RawCell cell) {
		if (cell == null || !cell.hasContent()) {
			return CellReading.NOTHING;
		}
		if (cell.formula()) {
			return CellReading.refused("比率类指标的本年数值由分子、分母计算，不要填写公式；请把分子、分母分别填在 G 列和 H 列。");
		}
		if (cell.shown().equals(TemplateLayout.RATIO_HINT)) {
			return CellReading.NOTHING;
		}
		return CellReading.refused("比率类指标的本年数值由分子、分母计算，这里不填；请把分子、分母分别填在 G 列和 H 列。");
	}

	private static CellReading notARatio(RawCell cell) {
		if (cell == null || !cell.hasContent()) {
			return CellReading.NOTHING;
		}
		return CellReading.refused("本指标不是比率，不填分子、分母；请把数值填在 F 列（本年数值）。");
	}

	private void report(SheetRow row, int column, CellReading reading) {
		if (reading.refused()) {
			problems.cell(DATA_SHEET, row.number, column, reading.problem());
		}
	}

	private void outside(SheetRow row) {
		if (row.outside != null) {
			problems.cell(DATA_SHEET, row.number, row.outside.column(), "表格之外的单元格有内容"
					+ Text.quote(row.outside.shown()) + "，不会被读取：请删除，说明请写在备注列（J 列）。");
		}
	}

	private void changed(Line line, SheetRow row) {
		String code = row.shown(CODE);
		String label = row.shown(GROUP);
		if (!code.equals(line.code())) {
			problems.cell(DATA_SHEET, row.number, CODE, "指标代码应为“" + line.code() + "”，"
					+ (code.isEmpty() ? "现在是空的" : "现为" + Text.quote(code)) + "；请不要修改模板中的指标和分组。");
		}
		if (!label.equals(line.label())) {
			problems.cell(DATA_SHEET, row.number, GROUP, "分组应为“" + line.label() + "”，"
					+ (label.isEmpty() ? "现在是空的" : "现为" + Text.quote(label)) + "；请不要修改模板中的指标和分组。");
		}
	}

	private void extra(SheetRow row) {
		String code = row.shown(CODE);
		String label = row.shown(GROUP);
		String what = code.isEmpty() || label.isEmpty() ? "内容" + Text.quote(firstShown(row))
				: "指标代码" + Text.quote(code) + "，分组" + Text.quote(label);
		problems.row(DATA_SHEET, row.number,
				"本行不是模板中的行（" + what + "）：请删除该行，不要在表中插入或追加行；说明请写在备注列。");
	}

	private void missing(Line line, int rowNumber, int expected) {
		problems.row(DATA_SHEET, rowNumber, "缺少模板第 " + (FIRST_DATA_ROW + expected) + " 行（" + describe(line)
				+ "）：该行被删除了。请重新下载模板，把数据填入新模板后上传。");
	}

	private static String firstShown(SheetRow row) {
		for (RawCell cell : row.cells) {
			if (cell != null && cell.hasContent()) {
				return cell.formula() && cell.shown().isEmpty() ? "公式" : cell.shown();
			}
		}
		return row.outside == null ? "" : row.outside.shown();
	}

	private static int lastRow(List<SheetRow> rows, int headerRow) {
		return rows.isEmpty() ? headerRow : rows.get(rows.size() - 1).number;
	}

	private static String describe(Line line) {
		return "指标“" + line.code() + " " + line.indicator().name() + "”，分组“" + line.label() + "”";
	}

	private static boolean isPercent(String unit) {
		return unit != null && (unit.trim().equals("%") || unit.trim().equals("％"));
	}

}
