package cn.planwatch.collection.excel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.util.CellReference;

import cn.planwatch.collection.Breakdown;

/**
 * Where things are in a reporting workbook — sheet names, the header and its columns, the first
 * data row, the keys of the hidden "_meta" sheet — shared by the writer and the reader so the
 * two cannot drift apart.
 */
final class TemplateLayout {

	static final String DATA_SHEET = "填报";

	static final String GUIDE_SHEET = "指标说明";

	static final String META_SHEET = "_meta";

	/** Identifies a workbook made by {@link ReportingTemplate}; the suffix is the layout version. */
	static final String FORMAT_MARKER = "planwatch.reporting-template/1";

	static final String FORMAT_PREFIX = "planwatch.reporting-template/";

	/** Sheet protection guards against accidental edits only; it is not a secret. */
	static final String PROTECTION_PASSWORD = "planwatch";

	static final String TITLE = "妇女儿童发展规划监测数据填报表";

	static final String RATIO_HINT = "由分子分母计算";

	/** 1-based row of the column headers; the title block is above it. */
	static final int HEADER_ROW = 4;

	static final int FIRST_DATA_ROW = HEADER_ROW + 1;

	static final int CODE = 0;

	static final int NAME = 1;

	static final int GROUP = 2;

	static final int UNIT = 3;

	static final int LAST_YEAR = 4;

	static final int VALUE = 5;

	static final int NUMERATOR = 6;

	static final int DENOMINATOR = 7;

	static final int SOURCE = 8;

	static final int NOTE = 9;

	static final List<String> HEADERS = List.of("指标代码", "指标名称", "分组", "单位", "上年数值", "本年数值", "分子", "分母",
			"数据来源", "备注");

	/** Column widths in characters; a Chinese character counts as two. */
	static final int[] WIDTHS = { 12, 40, 11, 8, 12, 14, 14, 14, 22, 28 };

	static final String META_FORMAT = "format";

	static final String META_TASK = "taskId";

	static final String META_YEAR = "year";

	static final String META_REGION_CODE = "regionCode";

	static final String META_REGION_NAME = "regionName";

	static final String META_DEPARTMENT = "departmentId";

	static final String META_DEPARTMENT_NAME = "departmentName";

	static final String META_CHECKSUM = "checksum";

	static final String META_ROWS = "rows";

	private TemplateLayout() {
	}

	/** One data row of the template: an indicator in one breakdown. */
	record Line(SheetIndicator indicator, Breakdown breakdown) {

		String code() {
			return indicator.code();
		}

		String label() {
			return breakdown.label();
		}

		/** What the reader compares a row against: code and breakdown label as shown in columns A and C. */
		String shownKey() {
			return shownKey(code(), label());
		}

		static String shownKey(String code, String label) {
			return code + '\u0000' + label;
		}

	}

	/** The data rows in template order: each indicator's breakdowns in the order given. */
	static List<Line> lines(TaskSheet sheet) {
		List<Line> lines = new ArrayList<>();
		for (SheetIndicator indicator : sheet.indicators()) {
			for (Breakdown breakdown : indicator.breakdowns()) {
				lines.add(new Line(indicator, breakdown));
			}
		}
		return lines;
	}

	/** SHA-256 over the indicator codes and breakdown keys in order: changes when the task's structure changes. */
	static String checksum(TaskSheet sheet) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Line line : lines(sheet)) {
				digest.update((line.code() + '\t' + line.breakdown().key() + '\n').getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** "A", "B", … "AA" — the column letter Excel shows for a 0-based column index. */
	static String letter(int column) {
		return CellReference.convertNumToColString(column);
	}

}
