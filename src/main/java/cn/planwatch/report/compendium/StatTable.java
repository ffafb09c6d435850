package cn.planwatch.report.compendium;

import java.util.List;

/**
 * A table sheet as printed: title, subtitle, the header (指标, 单位, the value columns, the trailing
 * text columns) and the lines. Sections and regional tables are both turned into one.
 */
record StatTable(String title, String subtitle, List<String> valueHeaders, List<String> trailingHeaders,
		List<TableLine> lines) {

	static final String LABEL_HEADER = "指标";

	static final String UNIT_HEADER = "单位";

	static final String EMPTY_TEXT = "本表暂无数据。";

	StatTable {
		valueHeaders = List.copyOf(valueHeaders);
		trailingHeaders = List.copyOf(trailingHeaders);
		lines = List.copyOf(lines);
	}

	int columnCount() {
		return 2 + valueHeaders.size() + trailingHeaders.size();
	}

}
