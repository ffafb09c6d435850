package cn.planwatch.assessment.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The engine's facade: fed a target and its series, returns the {@link Assessment} of a year.
 * <ol>
 * <li>Attainment by the year's value ({@link Attainment}); a qualitative target takes the status of its hand
 * {@link Judgement}, or stays 定性目标 without one, and is not assessed further.</li>
 * <li>Fit window: the points from the baseline year to the assessment year (the plan's baseline point
 * added when the series lacks that year), the last {@code maxFitPoints} of them.</li>
 * <li>Small numbers first: a miss that the counts cannot confirm ({@link SmallNumbers}) gives
 * 数据不足以判定 and no other warning — it must not read as a crisis.</li>
 * <li>Met at the baseline: still met → 保持, else → 退步 (warned).</li>
 * <li>Fewer than {@code minPoints} points → 数据不足以判定 (warned unless the target is met).</li>
 * <li>Numeric target: met now → 保持, else by P ({@link ProgressCategory}).</li>
 * <li>Directional target (逐步提高/降低): Theil–Sen slope β̃ and Mann–Kendall S: right direction and
 * significant (p &lt; α, S of the right sign) → 预计可实现; right direction, not significant → 需加快;
 * β̃ = 0, or wrong direction not significant → 预计完成困难; wrong direction and significant → 逆向变化.</li>
 * <li>波动较大 rules ({@link Volatility}) whenever there is a trend (the noise-over-pace rule only for verdicts by P).</li>
 * </ol>
 */
public final class AssessmentEngine {

	private final Settings settings;

	public AssessmentEngine(Settings settings) {
		this.settings = settings;
	}

	public Settings settings() {
		return settings;
	}

	/** The assessment of {@code target} in {@code year}; a qualitative target gets 定性目标 (see the overload to judge it). */
	public Assessment assess(TargetSpec target, Series series, int year) {
		return assess(target, series, year, null);
	}

	/**
	 * The assessment of {@code target} in {@code year}, with a hand judgement for a qualitative target:
	 * judged, the target takes the judged status and the assessment carries the judgement; unjudged
	 * ({@code judgement} null), it stays 定性目标. Its progress is {@link ProgressCategory#NOT_ASSESSED} either way.
	 *
	 * @throws IllegalArgumentException when a judgement is given for a quantitative target
	 */
	public Assessment assess(TargetSpec target, Series series, int year, Judgement judgement) {
		if (judgement != null && !target.direction().isQualitative()) {
			throw new IllegalArgumentException(
					target.indicator() + ": a hand judgement only applies to qualitative targets, not " + target.direction());
		}
		Baseline baseline = Baseline.resolve(target, series, year).orElse(null);
		Optional<Observation> atYear = series.at(year);
		Double value = atYear.map(Observation::value).orElse(null);
		AttainmentStatus status = Attainment.judge(target, baseline, value, settings);
		Interval rateInterval = atYear.filter(Observation::hasCounts)
			.map(observation -> PoissonInterval.ofRate(observation.counts(), settings.confidence()))
			.orElse(null);
		if (target.direction().isQualitative()) {
			return new Assessment(target, year, baseline, value, judgement == null ? status : judgement.status(),
					ProgressCategory.NOT_ASSESSED, null, null, rateInterval, List.of(), judgement);
		}
		Goal goal = Goal.of(target, baseline).orElse(null);
		List<Observation> window = window(target, baseline, series, year);
		Observation latest = window.isEmpty() ? null : window.get(window.size() - 1);
		if (baseline == null || latest == null || goal == null) {
			return insufficient(target, year, baseline, value, status, rateInterval, window.size(), null, null);
		}
		Forecast forecast = window.size() >= Math.max(2, settings.minPoints())
				? Forecast.compute(target, baseline, window, goal, settings) : null;
		MannKendall trendTest = forecast == null ? null
				: MannKendall.test(window.stream().mapToDouble(Observation::value).toArray());

		Optional<Warning> smallNumbers = SmallNumbers.check(target, latest, window, goal, settings);
		if (smallNumbers.isPresent()) {
			return new Assessment(target, year, baseline, value, status, ProgressCategory.INSUFFICIENT_DATA, forecast,
					trendTest, rateInterval, List.of(smallNumbers.get()));
		}
		boolean metNow = goal.meets(latest.value());
		List<Warning> warnings = new ArrayList<>();
		ProgressCategory progress;
		boolean byTrend = false;
		if (!target.direction().isDirectional() && goal.meets(baseline.value())) {
			progress = metNow ? ProgressCategory.MAINTAINED : ProgressCategory.REGRESSED;
			if (!metNow) {
				warnings.add(regressed(target, baseline, latest, goal));
			}
		}
		else if (forecast == null) {
			if (metNow) {
				progress = ProgressCategory.MAINTAINED;
			}
			else {
				return insufficient(target, year, baseline, value, status, rateInterval, window.size(), null, null);
			}
		}
		else if (target.direction().isDirectional()) {
			progress = directional(target, forecast, trendTest, warnings);
		}
		else if (metNow) {
			progress = ProgressCategory.MAINTAINED;
		}
		else {
			progress = byShare(target, baseline, goal, forecast, warnings);
			byTrend = true;
		}
		if (forecast != null) {
			warnings.addAll(Volatility.check(target, window, forecast, goal, byTrend, settings));
		}
		return new Assessment(target, year, baseline, value, status, progress, forecast, trendTest, rateInterval,
				warnings);
	}

	/**
	 * The 综合达标率 of a set of assessments (e.g. one area, plan, region or department), with the settings'
	 * rules; judged qualitative targets count, unjudged ones do not. Grouped rates: {@link CompositeRates}.
	 */
	public CompositeRate composite(Collection<Assessment> assessments) {
		return CompositeRate.ofAssessments(assessments, settings);
	}

	List<Observation> window(TargetSpec target, Baseline baseline, Series series, int year) {
		List<Observation> points = new ArrayList<>(series.between(target.baselineYear(), year));
		if (baseline != null && baseline.year() <= year && series.at(baseline.year()).isEmpty()) {
			points.add(0, new Observation(baseline.year(), baseline.value(), null));
		}
		return List.copyOf(points.subList(Math.max(0, points.size() - settings.maxFitPoints()), points.size()));
	}

	private ProgressCategory byShare(TargetSpec target, Baseline baseline, Goal goal, Forecast forecast,
			List<Warning> warnings) {
		Double share = forecast.share();
		if (share == null) {
			return goal.meets(forecast.atTarget().value()) ? ProgressCategory.ON_TRACK : ProgressCategory.DIFFICULT;
		}
		if (share >= settings.onTrackShare()) {
			return ProgressCategory.ON_TRACK;
		}
		if (share >= settings.difficultShare()) {
			return ProgressCategory.NEEDS_ACCELERATION;
		}
		String trend = trendText(target, forecast);
		String projected = target.targetYear() + "年预计为" + Figures.withUnit(forecast.atTarget().value(), target.unit())
				+ "（" + Figures.percent(settings.confidence()) + "区间" + Figures.format(forecast.atTarget().lower()) + "—"
				+ Figures.withUnit(forecast.atTarget().upper(), target.unit()) + "）";
		String distance = "从" + baseline.year() + "年基期值" + Figures.withUnit(baseline.value(), target.unit()) + "到目标"
				+ goal.describe(target.unit());
		if (share >= 0) {
			warnings.add(new Warning(WarningRule.DIFFICULT, Warning.subject(target) + trend + "推算，" + projected + "，仅能完成"
					+ distance + "所需变化的" + Figures.percent(share) + "，低于" + Figures.percent(settings.difficultShare())
					+ "的预警线，预计完成困难。"));
			return ProgressCategory.DIFFICULT;
		}
		warnings.add(new Warning(WarningRule.REVERSING, Warning.subject(target) + trend + "推算，" + projected + "，完成比例为"
				+ Figures.percent(share) + "（小于0），即" + distance + "的方向背道而驰，逆向变化。"));
		return ProgressCategory.REVERSING;
	}

	private ProgressCategory directional(TargetSpec target, Forecast forecast, MannKendall test,
			List<Warning> warnings) {
		int wanted = target.direction() == Direction.INCREASE ? 1 : -1;
		double slope = forecast.line().slope();
		boolean significantRight = test.significant(settings.mannKendallAlpha()) && Long.signum(test.s()) == wanted;
		boolean significantWrong = test.significant(settings.mannKendallAlpha()) && Long.signum(test.s()) == -wanted;
		String figures = trendText(target, forecast) + "，年均变化"
				+ Figures.withUnit(forecast.averageYearlyChange(), target.unit()) + "，Mann–Kendall检验S=" + test.s() + "、Z="
				+ Figures.format(test.z()) + "、p=" + Figures.format(test.pValue()) + "（显著性水平"
				+ Figures.format(settings.mannKendallAlpha()) + "）";
		String wish = "目标为“" + target.direction().label() + "”";
		if (slope * wanted > 0) {
			return significantRight ? ProgressCategory.ON_TRACK : ProgressCategory.NEEDS_ACCELERATION;
		}
		if (slope * wanted < 0 && significantWrong) {
			warnings.add(new Warning(WarningRule.REVERSING,
					Warning.subject(target) + wish + "，但" + figures + "，趋势显著相反，逆向变化。"));
			return ProgressCategory.REVERSING;
		}
		warnings.add(new Warning(WarningRule.DIFFICULT,
				Warning.subject(target) + wish + "，但" + figures + "，未见" + target.direction().label() + "的趋势，预计完成困难。"));
		return ProgressCategory.DIFFICULT;
	}

	private static String trendText(TargetSpec target, Forecast forecast) {
		return "按" + forecast.firstYear() + "—" + forecast.lastYear() + "年" + forecast.points() + "个数据点的稳健趋势（Theil–Sen，"
				+ forecast.scale().label() + "）";
	}

	private static Warning regressed(TargetSpec target, Baseline baseline, Observation latest, Goal goal) {
		return new Warning(WarningRule.REGRESSED,
				Warning.subject(target) + baseline.year() + "年基期值" + Figures.withUnit(baseline.value(), target.unit())
						+ "已达到目标" + goal.describe(target.unit()) + "，但" + latest.year() + "年为"
						+ Figures.withUnit(latest.value(), target.unit()) + "，未达目标，退步。");
	}

	private Assessment insufficient(TargetSpec target, int year, Baseline baseline, Double value,
			AttainmentStatus status, Interval rateInterval, int points, Forecast forecast, MannKendall test) {
		Warning warning = new Warning(WarningRule.TOO_FEW_POINTS,
				Warning.subject(target) + (baseline == null ? "缺少基期值，" : "") + "自" + target.baselineYear() + "年基期以来仅有"
						+ points + "个数据点（至少需要" + settings.minPoints() + "个），数据不足以判定趋势。");
		return new Assessment(target, year, baseline, value, status, ProgressCategory.INSUFFICIENT_DATA, forecast, test,
				rateInterval, List.of(warning));
	}

}
