package cn.planwatch.assessment.engine;

import java.util.List;

/**
 * The result for one target in one year: its attainment status (by that year's value, or by the hand
 * {@link Judgement} of a qualitative target), where it is heading, the forecast and trend test behind
 * that (either may be {@code null} when there are too few points), the exact interval of the year's
 * rate when counts were given, the warnings, and the judgement ({@code null} unless a qualitative
 * target was judged; then {@code status} is the judged status).
 */
public record Assessment(TargetSpec target, int year, Baseline baseline, Double value, AttainmentStatus status,
		ProgressCategory progress, Forecast forecast, MannKendall trendTest, Interval rateInterval,
		List<Warning> warnings, Judgement judgement) {

	public Assessment {
		warnings = List.copyOf(warnings);
		if (judgement != null && !target.direction().isQualitative()) {
			throw new IllegalArgumentException(target.indicator() + ": a hand judgement only applies to qualitative targets");
		}
		if (judgement != null && status != judgement.status()) {
			throw new IllegalArgumentException(target.indicator() + ": status must be the judged status");
		}
	}

	/** An assessment without a hand judgement. */
	public Assessment(TargetSpec target, int year, Baseline baseline, Double value, AttainmentStatus status,
			ProgressCategory progress, Forecast forecast, MannKendall trendTest, Interval rateInterval,
			List<Warning> warnings) {
		this(target, year, baseline, value, status, progress, forecast, trendTest, rateInterval, warnings, null);
	}

	public boolean hasWarning(WarningRule rule) {
		return warnings.stream().anyMatch(warning -> warning.rule() == rule);
	}

	public boolean isWarned() {
		return !warnings.isEmpty();
	}

	/** Whether the status was judged by hand (a qualitative target with a {@link Judgement}). */
	public boolean isJudged() {
		return judgement != null;
	}

}
