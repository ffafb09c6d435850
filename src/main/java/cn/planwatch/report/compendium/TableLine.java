package cn.planwatch.report.compendium;

import java.util.List;

/**
 * One printed line of a table sheet, whether it comes from a section (years as columns) or a
 * regional table (regions as columns).
 *
 * @param indicatorKey the lines of one indicator share it and so share their decimals
 * @param label the text of the 指标 column
 * @param indent how far the label is indented (0 for an indicator's total)
 * @param figures the value columns, in column order
 * @param trailing the text columns after the values (资料来源, 备注 …)
 */
record TableLine(String indicatorKey, String label, int indent, String unit, List<Figure> figures,
		List<String> trailing) {

	private static final List<String> TOTAL_LABELS = List.of("", "合计", "总计", "全部");

	TableLine {
		figures = List.copyOf(figures);
		trailing = List.copyOf(trailing);
	}

	/**
	 * The 指标 column's text: the indicator's name on a total line (with the breakdown in brackets
	 * when the indicator is printed for one group only, e.g. 就业人员（女）), the breakdown label on
	 * an indented line.
	 */
	static String label(String indicatorName, String breakdownLabel, int indent) {
		String breakdown = breakdownLabel.strip();
		if (indent > 0) {
			return breakdown.isEmpty() ? indicatorName : breakdown;
		}
		return TOTAL_LABELS.contains(breakdown) ? indicatorName : indicatorName + "（" + breakdown + "）";
	}

	/** Rows of one indicator are recognised by code, or by name where the code is empty. */
	static String indicatorKey(String code, String indicatorName) {
		return code.isEmpty() ? "name:" + indicatorName : "code:" + code;
	}

}
