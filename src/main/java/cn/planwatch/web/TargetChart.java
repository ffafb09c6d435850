package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.plan.Target;

/**
 * What the indicator chart draws, as ECharts takes it: the years on the x axis, the approved values
 * (null where a year is missing), the target line, and the forecast — a dashed line from the latest
 * value to the target year — with its interval band (lower, and the band's height above it).
 */
record TargetChart(String name, String unit, List<String> years, List<Double> values, Double target,
		String targetLabel, List<Double> forecast, List<Double> lower, List<Double> band) {

	static TargetChart of(Target target, List<ApprovedValue> approved, String breakdown, AssessmentResult result) {
		Map<Integer, Double> byYear = new TreeMap<>();
		approved.stream()
			.filter(v -> v.breakdownKey().equals(breakdown) && v.value() != null)
			.forEach(v -> byYear.put(v.year(), v.value().doubleValue()));
		int first = byYear.isEmpty() ? (result == null ? 2020 : result.year()) : byYear.keySet().iterator().next();
		int last = byYear.isEmpty() ? first : ((TreeMap<Integer, Double>) byYear).lastKey();
		if (result != null && result.baselineYear() != null) {
			first = Math.min(first, result.baselineYear());
		}
		Integer forecastYear = result == null ? null : result.forecastYear();
		int end = Math.max(last, forecastYear == null ? last : forecastYear);
		if (target.targetYear() != null) {
			end = Math.max(end, target.targetYear());
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
			if (projected && year >= last) {
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
				targetValue, label, forecast, lower, band);
	}

}
