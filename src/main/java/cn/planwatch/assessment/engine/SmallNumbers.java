package cn.planwatch.assessment.engine;

import java.util.List;
import java.util.Optional;

/**
 * The small-numbers rule (数据不足以判定): when the latest value of a rate misses its goal but the exact
 * Poisson (Garwood) interval of that year's rate, from its counts, contains the goal value y* and is wider
 * than {@code smallNumberRelativeWidth}·|y*|, the miss cannot be told from chance. The sentence also gives
 * the pooled rate and interval of the window's years with counts. Example: 1 maternal death in 3 000 births
 * is 33.33/10万 with a 95 % interval 0.84–185.72/10万, which contains a target of 12/10万.
 */
final class SmallNumbers {

	private SmallNumbers() {
	}

	static Optional<Warning> check(TargetSpec target, Observation latest, List<Observation> window, Goal goal,
			Settings settings) {
		if (latest == null || !latest.hasCounts() || goal == null || goal.meets(latest.value())) {
			return Optional.empty();
		}
		Interval interval = PoissonInterval.ofRate(latest.counts(), settings.confidence());
		boolean contains = interval.contains(goal.value());
		boolean wide = interval.width() > settings.smallNumberRelativeWidth() * Math.abs(goal.value());
		if (!contains || !wide) {
			return Optional.empty();
		}
		String unit = target.unit();
		String level = Figures.percent(settings.confidence());
		StringBuilder sentence = new StringBuilder(Warning.subject(target)).append(latest.year())
			.append("年为")
			.append(latest.counts().events())
			.append("例/")
			.append(Figures.format(latest.counts().exposure()))
			.append("，率")
			.append(Figures.withUnit(latest.value(), unit))
			.append("，其")
			.append(level)
			.append("精确泊松区间为")
			.append(Figures.format(interval.lower()))
			.append("—")
			.append(Figures.withUnit(interval.upper(), unit))
			.append("，包含目标值")
			.append(Figures.withUnit(goal.value(), unit))
			.append("且宽度超过目标值的")
			.append(Figures.percent(settings.smallNumberRelativeWidth()))
			.append("，事件数过少，数据不足以判定");
		List<Observation> withCounts = window.stream().filter(Observation::hasCounts).toList();
		if (withCounts.size() > 1) {
			Counts pooled = withCounts.stream().map(Observation::counts).reduce(Counts::plus).orElseThrow();
			Interval pooledInterval = PoissonInterval.ofRate(pooled, settings.confidence());
			sentence.append("；")
				.append(withCounts.get(0).year())
				.append("—")
				.append(withCounts.get(withCounts.size() - 1).year())
				.append("年合计")
				.append(pooled.events())
				.append("例/")
				.append(Figures.format(pooled.exposure()))
				.append("，合并率")
				.append(Figures.withUnit(pooled.rate(), unit))
				.append("（区间")
				.append(Figures.format(pooledInterval.lower()))
				.append("—")
				.append(Figures.withUnit(pooledInterval.upper(), unit))
				.append("）");
		}
		return Optional.of(new Warning(WarningRule.SMALL_NUMBERS, sentence.append("。").toString()));
	}

}
