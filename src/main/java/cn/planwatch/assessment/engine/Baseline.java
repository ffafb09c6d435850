package cn.planwatch.assessment.engine;

import java.util.Optional;

/**
 * The starting point y_b of a target in year b: the plan's own baseline value when it gives one,
 * else the series' value in the baseline year, else the first later value (the rule of the UN and
 * Open SDG when the base year is missing).
 */
public record Baseline(int year, double value) {

	/** Resolves the baseline of {@code target} from the target itself or from {@code series} up to {@code year}. */
	public static Optional<Baseline> resolve(TargetSpec target, Series series, int year) {
		if (target.baselineValue() != null) {
			return Optional.of(new Baseline(target.baselineYear(), target.baselineValue()));
		}
		return series.firstFrom(target.baselineYear())
			.filter(observation -> observation.year() <= year)
			.map(observation -> new Baseline(observation.year(), observation.value()));
	}

}
