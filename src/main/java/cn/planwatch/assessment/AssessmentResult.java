package cn.planwatch.assessment;

import java.time.OffsetDateTime;
import java.util.List;

import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.ProgressCategory;

/**
 * The stored assessment of one target of a published plan, for one breakdown ({@code TOTAL},
 * {@code SEX:FEMALE}…) and year: status, progress, the figures behind them (baseline, forecast to
 * the target year and the mid-term year with their intervals, the share P of the required change
 * covered, the trend scale and yearly change, the trend test's p-value, the exact interval of a rate),
 * whether the status was judged by hand, the warnings and the explanation. Nullable figures are absent when there were too few points.
 */
public record AssessmentResult(String regionCode, long planId, long targetId, String breakdown, int year,
		AttainmentStatus status, ProgressCategory progress, Double value, Integer baselineYear, Double baselineValue,
		Integer forecastYear, Double forecastValue, Double forecastLower, Double forecastUpper, Integer midTermYear,
		Double midTermValue, Double midTermLower, Double midTermUpper, Double share, Double midTermShare, String scale,
		Double yearlyChange, int points, Double trendPValue, Double rateLower, Double rateUpper, boolean uncertain,
		boolean judged, List<ResultWarning> warnings, String explanation, OffsetDateTime computedAt) {

	public AssessmentResult {
		warnings = List.copyOf(warnings);
	}

	public boolean isWarned() {
		return !warnings.isEmpty();
	}

	public boolean isTotal() {
		return "TOTAL".equals(breakdown);
	}

	/** Whether a warning calls for action (预计完成困难, 逆向变化, 退步, 波动较大), not merely 数据不足以判定. */
	public boolean needsAction() {
		return warnings.stream().anyMatch(ResultWarning::needsAction);
	}

}
