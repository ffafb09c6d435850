package cn.planwatch.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.planwatch.assessment.engine.Series;
import cn.planwatch.assessment.engine.SexGap;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;

/** The gap between women and men of an indicator disaggregated by sex, from its approved values. */
final class SexGaps {

	private SexGaps() {
	}

	/** The comparison of the female and male series; empty when no year has both. */
	static SexGap of(String indicator, String unit, List<ApprovedValue> values) {
		return SexGap.compare(indicator, unit, series(values, Breakdown.FEMALE), series(values, Breakdown.MALE));
	}

	private static Series series(List<ApprovedValue> values, Breakdown breakdown) {
		Map<Integer, Double> byYear = new TreeMap<>();
		values.stream()
			.filter(v -> v.breakdownKey().equals(breakdown.key()) && v.value() != null)
			.forEach(v -> byYear.put(v.year(), v.value().doubleValue()));
		return Series.of(byYear);
	}

}
