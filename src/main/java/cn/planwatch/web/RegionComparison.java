package cn.planwatch.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.plan.Polarity;
import cn.planwatch.plan.TrackingTarget;
import cn.planwatch.region.Region;

/**
 * A region whose plan in force tracks the same indicator, with its value and assessment in the same
 * year — a row of the indicator page's comparison, best first by the indicator's polarity.
 */
public record RegionComparison(Region region, TrackingTarget target, BigDecimal value, AssessmentResult result,
		boolean current) {

	/**
	 * The regions' totals of {@code year}, sorted: higher values first for an indicator where higher is
	 * better, lower first where lower is better, by region otherwise; regions without a value last.
	 */
	static List<RegionComparison> of(List<TrackingTarget> targets, Map<String, Region> regions,
			List<ApprovedValue> values, List<AssessmentResult> results, int year, Polarity polarity,
			String currentRegion) {
		Map<String, BigDecimal> valueOf = values.stream()
			.filter(v -> v.year() == year && Breakdown.TOTAL.key().equals(v.breakdownKey()) && v.value() != null)
			.collect(Collectors.toMap(ApprovedValue::regionCode, ApprovedValue::value, (a, b) -> b));
		Map<Long, AssessmentResult> resultOf = results.stream()
			.filter(r -> r.year() == year && r.isTotal())
			.collect(Collectors.toMap(AssessmentResult::targetId, Function.identity(), (a, b) -> b));
		List<RegionComparison> rows = new ArrayList<>();
		for (TrackingTarget target : targets) {
			rows.add(new RegionComparison(regions.get(target.regionCode()), target, valueOf.get(target.regionCode()),
					resultOf.get(target.targetId()), target.regionCode().equals(currentRegion)));
		}
		Comparator<BigDecimal> byValue = polarity == Polarity.LOWER ? Comparator.naturalOrder()
				: Comparator.reverseOrder();
		Comparator<RegionComparison> order = polarity == Polarity.NEUTRAL
				? Comparator.comparing(r -> r.region().path())
				: Comparator.comparing(RegionComparison::value, Comparator.nullsLast(byValue));
		rows.sort(Comparator.comparing((RegionComparison r) -> r.value() == null).thenComparing(order));
		return rows;
	}

}
