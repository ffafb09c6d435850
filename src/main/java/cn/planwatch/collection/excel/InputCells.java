package cn.planwatch.collection.excel;

import java.math.BigDecimal;


/**
 * Reads one input cell of the sheet "填报" as a number or a text, or says in Chinese what is
 * wrong with it: a formula, an error value, TRUE/FALSE, a date, text that is not a number, a
 * percentage where the unit is not %.
 */
final class InputCells {

	static final String FORMULA = "含公式，请填写数值（可复制后用“选择性粘贴—数值”粘贴结果）。";

	private final CellFormats formats;

	InputCells(CellFormats formats) {
		this.formats = formats;
	}

	/**
	 * @param percentUnit whether the number is in % (a percentage-formatted 0.853 or "85.3%" then reads as 85.3)
	 * @param unit named in the message when a percentage is refused
	 */
	CellReading number(RawCell cell, boolean percentUnit, String unit) {
		if (cell == null || !cell.hasContent()) {
			return CellReading.NOTHING;
		}
		if (cell.formula()) {
			return CellReading.refused(FORMULA);
		}
		return switch (cell.kind()) {
			case NUMBER -> stored(cell, percentUnit, unit);
			case TEXT -> NumberText.parse(cell.text(), percentUnit, unit);
			case BOOLEAN -> CellReading.refused(Text.quote(cell.shown()) + "不是数字，请填写阿拉伯数字。");
			case ERROR -> CellReading.refused("是错误值" + Text.quote(cell.text()) + "，请填写数值。");
			case EMPTY -> CellReading.NOTHING;
		};
	}

	/** Text of a source or note cell; a number typed there is kept as written. */
	CellReading text(RawCell cell) {
		if (cell == null || !cell.hasContent()) {
			return CellReading.NOTHING;
		}
		if (cell.formula()) {
			return CellReading.refused("含公式，请直接填写文字。");
		}
		if (cell.kind() == RawCell.Kind.ERROR) {
			return CellReading.refused("是错误值" + Text.quote(cell.text()) + "，请直接填写文字。");
		}
		if (cell.kind() == RawCell.Kind.NUMBER) {
			try {
				return CellReading.text(NumberText.normalise(new BigDecimal(Text.trim(cell.text()))).toPlainString());
			}
			catch (NumberFormatException e) {
				return CellReading.text(Text.trim(cell.text()));
			}
		}
		String text = Text.trim(cell.shown());
		return text.isEmpty() ? CellReading.NOTHING : CellReading.text(text);
	}

	private CellReading stored(RawCell cell, boolean percentUnit, String unit) {
		BigDecimal number;
		try {
			number = new BigDecimal(Text.trim(cell.text()));
		}
		catch (NumberFormatException e) {
			return CellReading.refused("数值" + Text.quote(cell.text()) + "无法识别，请重新填写。");
		}
		return switch (formats.of(cell.style())) {
			case PLAIN -> CellReading.number(NumberText.normalise(number));
			case DATE -> CellReading.refused("是日期，不是数字：请把单元格格式设为“常规”后重新填写数值。");
			case PERCENT -> percentUnit ? CellReading.number(NumberText.normalise(number.movePointRight(2)))
					: CellReading.refused("设置成了百分比格式，但" + NumberText.unitName(unit) + "：请把单元格格式设为“常规”后重新填写数值。");
		};
	}

}
