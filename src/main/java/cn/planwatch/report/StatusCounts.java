package cn.planwatch.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.AttainmentStatus;

/**
 * The template values that count targets by status — 目标数, 已实现数, 基本实现数, 未实现数, 无数据数,
 * 定性目标数 — and 综合达标率. A count of no-data or qualitative targets that is zero is left blank,
 * so the template's {?…} clause about them disappears.
 */
final class StatusCounts {

	private StatusCounts() {
	}

	static Map<String, String> with(Map<String, String> common, List<TargetAssessment> targets, Double rate) {
		Map<String, String> values = new LinkedHashMap<>(common);
		Map<AttainmentStatus, Integer> counts = new EnumMap<>(AttainmentStatus.class);
		targets.forEach(t -> counts.merge(t.result().status(), 1, Integer::sum));
		values.put("目标数", String.valueOf(targets.size()));
		values.put("已实现数", String.valueOf(counts.getOrDefault(AttainmentStatus.ACHIEVED, 0)));
		values.put("基本实现数", String.valueOf(counts.getOrDefault(AttainmentStatus.BASICALLY_ACHIEVED, 0)));
		values.put("未实现数", String.valueOf(counts.getOrDefault(AttainmentStatus.NOT_ACHIEVED, 0)));
		values.put("无数据数", blankIfZero(counts.getOrDefault(AttainmentStatus.NO_DATA, 0)));
		values.put("定性目标数", blankIfZero(counts.getOrDefault(AttainmentStatus.QUALITATIVE, 0)));
		values.put("综合达标率", rate == null ? "无法计算" : ReportTexts.percent(rate));
		return values;
	}

	private static String blankIfZero(int count) {
		return count == 0 ? "" : String.valueOf(count);
	}

}
