package cn.planwatch.assessment.engine;

import java.util.List;

/**
 * The result for one target in one year: its attainment status (by that year's value), where it is
 * heading, the forecast and trend test behind that (either may be {@code null} when there are too few
 * points), the exact interval of the year's rate when counts were given, and the warnings.
 */
public record Assessment(TargetSpec target, int year, Baseline baseline, Double value, AttainmentStatus status,
		ProgressCategory progress, Forecast forecast, MannKendall trendTest, Interval rateInterval,
		List<Warning> warnings) {

	public Assessment {
		warnings = List.copyOf(warnings);
	}

	public boolean hasWarning(WarningRule rule) {
		return warnings.stream().anyMatch(warning -> warning.rule() == rule);
	}

	public boolean isWarned() {
		return !warnings.isEmpty();
	}

}
