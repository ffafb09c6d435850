package cn.planwatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.planwatch.collection.Breakdown;

/** The breakdowns of one dimension an indicator page switches between: 合计; 女, 男; 城镇, 农村; age bands. */
public record BreakdownGroup(String label, List<Breakdown> members) {

	/** The given breakdowns grouped by dimension, in their order. */
	static List<BreakdownGroup> of(List<Breakdown> breakdowns) {
		Map<String, List<Breakdown>> groups = new LinkedHashMap<>();
		breakdowns.forEach(b -> groups.computeIfAbsent(b.dimension(), k -> new ArrayList<>()).add(b));
		return groups.entrySet().stream().map(e -> new BreakdownGroup(label(e.getKey()), e.getValue())).toList();
	}

	private static String label(String dimension) {
		return switch (dimension) {
			case "SEX" -> "按性别";
			case "AREA" -> "按城乡";
			case "AGE" -> "按年龄";
			default -> "合计";
		};
	}

}
