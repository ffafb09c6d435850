package cn.planwatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;

/**
 * A key indicator on the cockpit: its target in the region's plans, its approved totals over the years
 * as a sparkline, the latest value and where the target stands that year.
 */
public record KeyIndicatorTrend(TargetAssessment target, String unit, NavigableMap<Integer, Double> values,
		Sparkline line) {

	/**
	 * The indicators the cockpit follows, in this order: the deaths of mothers, infants and small children,
	 * the two cancer screenings, pre-school enrolment, women's employment and women in the people's congress.
	 */
	static final List<String> CODES = List.of("W-1-01", "C-1-02", "C-1-03", "W-1-04", "W-1-05", "C-3-01", "W-3-01",
			"W-4-03");

	/** Those of the key indicators the region's assessed plans track, with their approved totals. */
	static List<KeyIndicatorTrend> of(RegionAssessment assessment, List<ApprovedValue> values) {
		Map<String, TargetAssessment> tracked = new LinkedHashMap<>();
		for (PlanAssessment plan : assessment.plans()) {
			for (TargetAssessment target : plan.targets()) {
				String code = target.target().indicatorCode();
				if (code != null && CODES.contains(code)) {
					tracked.putIfAbsent(code, target);
				}
			}
		}
		Map<String, NavigableMap<Integer, Double>> series = new LinkedHashMap<>();
		values.stream()
			.filter(v -> Breakdown.TOTAL.key().equals(v.breakdownKey()) && v.value() != null)
			.forEach(v -> series.computeIfAbsent(v.indicatorCode(), k -> new TreeMap<>())
				.put(v.year(), v.value().doubleValue()));
		List<KeyIndicatorTrend> trends = new ArrayList<>();
		for (String code : CODES) {
			TargetAssessment target = tracked.get(code);
			if (target == null) {
				continue;
			}
			NavigableMap<Integer, Double> years = series.getOrDefault(code, new TreeMap<>());
			Double goal = target.target().value() == null ? null : target.target().value().doubleValue();
			trends.add(new KeyIndicatorTrend(target, target.target().unit() == null ? "" : target.target().unit(), years,
					Sparkline.of(years, goal)));
		}
		return trends;
	}

	public Integer latestYear() {
		return values.isEmpty() ? null : values.lastKey();
	}

	public Double latestValue() {
		return values.isEmpty() ? null : values.lastEntry().getValue();
	}

	/** For screen readers: the values the line shows, e.g. "2020年 18.2，2021年 16.9，…". */
	public String description() {
		StringBuilder text = new StringBuilder();
		values.forEach((year, value) -> text.append(text.isEmpty() ? "" : "，").append(year).append("年 ")
			.append(new Formats().decimal(value)));
		return text.isEmpty() ? "无数据" : text.toString();
	}

}
