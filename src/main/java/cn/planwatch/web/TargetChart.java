package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Target;

/**
 * What the indicator chart draws, as ECharts takes it: the years on the x axis, the approved values
 * (null where a year is missing), the target line, the forecast — a dashed line from the latest value
 * to the target year — with its interval band (lower, and the band's height above it), and the plan's
 * milestones: the baseline (of the total only), the mid-term and the final target.
 */
record TargetChart(String name, String unit, List<String> years, List<Double> values, Double target,
		String targetLabel, List<Double> forecast, List<Double> lower, List<Double> band, List<Milestone> milestones) {

	/** A point the plan sets: 基期, 中期目标 or 终期目标, at its year. */
	record Milestone(String name, String year, double value) {
	}

	static TargetChart of(Target target, PlanSummary plan, List<ApprovedValue> approved, String breakdown,
			AssessmentResult result) {
		Map<Integer, Double> byYear = new TreeMap<>();
		approved.stream()
			.filter(v -> v.breakdownKey().equals(breakdown) && v.value() != null)
			.forEach(v -> byYear.put(v.year(), v.value().doubleValue()));
		List<Milestone> milestones = milestones(target, plan, breakdown, result);
		int first = byYear.isEmpty() ? (result == null ? plan.periodStart() : result.year()) : byYear.keySet().iterator().next();
		int last = byYear.isEmpty() ? first : ((TreeMap<Integer, Double>) byYear).lastKey();
		if (result != null && result.baselineYear() != null) {
			first = Math.min(first, result.baselineYear());
		}
		Integer forecastYear = result == null ? null : result.forecastYear();
		int end = Math.max(last, forecastYear == null ? last : forecastYear);
		for (Milestone milestone : milestones) {
			first = Math.min(first, Integer.parseInt(milestone.year()));
			end = Math.max(end, Integer.parseInt(milestone.year()));
		}
		List<String> years = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Double> forecast = new ArrayList<>();
		List<Double> lower = new ArrayList<>();
		List<Double> band = new ArrayList<>();
		boolean projected = result != null && result.forecastValue() != null && forecastYear != null && forecastYear > last
				&& byYear.containsKey(last);
		for (int year = first; year <= end; year++) {
			years.add(String.valueOf(year));
			values.add(byYear.get(year));
			Double line = null;
			Double low = null;
			Double height = null;
			if (projected && year >= last && year <= forecastYear) {
				double share = (double) (year - last) / (forecastYear - last);
				double from = byYear.get(last);
				line = from + share * (result.forecastValue() - from);
				low = from + share * (result.forecastLower() - from);
				height = from + share * (result.forecastUpper() - from) - low;
			}
			forecast.add(line);
			lower.add(low);
			band.add(height);
		}
		Double targetValue = target.value() == null ? null : target.value().doubleValue();
		String label = targetValue == null ? null : "目标 " + target.direction().symbol() + " "
				+ target.value().stripTrailingZeros().toPlainString() + (target.unit() == null ? "" : target.unit());
		return new TargetChart(target.indicatorName(), target.unit() == null ? "" : target.unit(), years, values,
				targetValue, label, forecast, lower, band, milestones);
	}

	private static List<Milestone> milestones(Target target, PlanSummary plan, String breakdown, AssessmentResult result) {
		List<Milestone> milestones = new ArrayList<>();
		if (Breakdown.TOTAL.key().equals(breakdown)) {
			Integer baselineYear = target.baselineYear() != null ? target.baselineYear()
					: result == null ? null : result.baselineYear();
			Double baseline = target.baselineValue() != null ? Double.valueOf(target.baselineValue().doubleValue())
					: result == null ? null : result.baselineValue();
			if (baselineYear != null && baseline != null) {
				milestones.add(new Milestone("基期", String.valueOf(baselineYear), baseline));
			}
		}
		if (target.midTermValue() != null) {
			int midTermYear = result != null && result.midTermYear() != null ? result.midTermYear()
					: (plan.periodStart() + plan.periodEnd()) / 2;
			milestones.add(new Milestone("中期目标", String.valueOf(midTermYear), target.midTermValue().doubleValue()));
		}
		if (target.value() != null) {
			int finalYear = target.targetYear() != null ? target.targetYear() : plan.periodEnd();
			milestones.add(new Milestone("终期目标", String.valueOf(finalYear), target.value().doubleValue()));
		}
		return milestones;
	}

}
