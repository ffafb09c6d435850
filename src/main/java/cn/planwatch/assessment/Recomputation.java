package cn.planwatch.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.planwatch.assessment.engine.Assessment;
import cn.planwatch.assessment.engine.AssessmentEngine;
import cn.planwatch.assessment.engine.Explanation;
import cn.planwatch.assessment.engine.Forecast;
import cn.planwatch.assessment.engine.Series;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.assessment.engine.TargetSpec;
import cn.planwatch.assessment.internal.PendingRepository;
import cn.planwatch.assessment.internal.ResultKey;
import cn.planwatch.assessment.internal.ResultRepository;
import cn.planwatch.assessment.internal.ResultRow;
import cn.planwatch.assessment.internal.SettingsRepository;
import cn.planwatch.assessment.internal.TargetSpecs;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;

/**
 * Recomputes the stored results of one region: every target of its plans in force × breakdown (the
 * total, and each breakdown with approved data) × year from the plan's first year to the region's
 * latest year with approved data. Only the targets of the changed indicators are computed, unless
 * everything is asked for or the latest year moved; only rows whose content changed are written (new
 * ones copied in, changed ones upserted), and rows that no longer exist are deleted. Runs inside the
 * caller's transaction, which must hold the region ({@link PendingRepository#take}).
 */
@Component
class Recomputation {

	private final Plans plans;

	private final IndicatorCatalogue catalogue;

	private final MonitoringData data;

	private final ResultRepository results;

	private final SettingsRepository settings;

	private final Judgements judgements;

	Recomputation(Plans plans, IndicatorCatalogue catalogue, MonitoringData data, ResultRepository results,
			SettingsRepository settings, Judgements judgements) {
		this.plans = plans;
		this.catalogue = catalogue;
		this.data = data;
		this.results = results;
		this.settings = settings;
		this.judgements = judgements;
	}

	/** What a recompute did: targets computed, rows written (new or changed) and deleted. */
	record Outcome(int targets, int computed, int written, int deleted) {
	}

	Outcome recompute(String regionCode, Collection<String> indicatorCodes) {
		List<PlanDetail> inForce = plans.ofRegion(regionCode)
			.stream()
			.filter(plan -> plan.status() == PlanStatus.PUBLISHED)
			.map(plan -> plans.get(plan.id()))
			.toList();
		int deleted = results.deleteOtherPlans(regionCode, inForce.stream().map(p -> p.summary().id()).toList());
		Optional<Integer> latest = data.latestYear(regionCode);
		List<Integer> storedYears = results.years(regionCode);
		boolean full = indicatorCodes.contains(PendingRepository.ALL) || latest.isEmpty() || storedYears.isEmpty()
				|| !latest.get().equals(storedYears.get(storedYears.size() - 1));
		List<Placed> targets = new ArrayList<>();
		for (PlanDetail plan : inForce) {
			for (Area area : plan.areas()) {
				for (Goal goal : area.goals()) {
					for (Target target : goal.targets()) {
						if (full || target.indicatorCode() != null && indicatorCodes.contains(target.indicatorCode())) {
							targets.add(new Placed(plan.summary(), target));
						}
					}
				}
			}
		}
		Map<ResultKey, Long> stored = results.fingerprints(targets.stream().map(t -> t.target().id()).toList());
		if (latest.isEmpty()) {
			results.delete(stored.keySet());
			return new Outcome(targets.size(), 0, 0, deleted + stored.size());
		}
		Set<String> codes = new HashSet<>();
		targets.forEach(t -> {
			if (t.target().indicatorCode() != null) {
				codes.add(t.target().indicatorCode());
			}
		});
		Map<String, Map<String, List<ApprovedValue>>> values = byIndicatorAndBreakdown(data.ofRegion(regionCode, codes));
		// the catalogue in one query rather than one per target
		Map<String, Indicator> indicators = catalogue.all()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Settings current = settings.current();
		AssessmentEngine engine = new AssessmentEngine(current);
		Map<Long, java.util.NavigableMap<Integer, cn.planwatch.assessment.engine.Judgement>> judged = judgements
			.currentOf(targets.stream().map(t -> t.target().id()).toList());
		List<ResultRow> added = new ArrayList<>();
		List<ResultRow> changed = new ArrayList<>();
		Set<ResultKey> produced = new HashSet<>();
		int computed = 0;
		for (Placed placed : targets) {
			Indicator indicator = placed.target().indicatorCode() == null ? null
					: indicators.get(placed.target().indicatorCode());
			Map<String, List<ApprovedValue>> cells = placed.target().indicatorCode() == null ? Map.of()
					: values.getOrDefault(placed.target().indicatorCode(), Map.of());
			Set<String> breakdowns = new java.util.LinkedHashSet<>();
			breakdowns.add(Breakdown.TOTAL.key());
			breakdowns.addAll(cells.keySet());
			for (String breakdown : breakdowns) {
				String label = breakdown.equals(Breakdown.TOTAL.key()) ? null : Breakdown.fromKey(breakdown).label();
				TargetSpec spec = TargetSpecs.of(placed.plan(), placed.target(), indicator, label);
				Series series = series(cells.getOrDefault(breakdown, List.of()), indicator);
				for (int year = placed.plan().periodStart(); year <= Math.min(placed.plan().periodEnd(), latest.get()); year++) {
					var judgement = breakdown.equals(Breakdown.TOTAL.key()) && spec.direction().isQualitative()
							? latestUpTo(judged.get(placed.target().id()), year) : null;
					Assessment assessment = engine.assess(spec, series, year, judgement);
					AssessmentResult result = toResult(regionCode, placed, breakdown, assessment, current);
					computed++;
					ResultRow row = ResultRow.of(result);
					produced.add(row.key());
					Long before = stored.get(row.key());
					if (before == null) {
						added.add(row);
					}
					else if (before != row.fingerprint()) {
						changed.add(row);
					}
				}
			}
		}
		results.insert(added);
		results.upsert(changed);
		List<ResultKey> gone = stored.keySet().stream().filter(key -> !produced.contains(key)).toList();
		results.delete(gone);
		return new Outcome(targets.size(), computed, added.size() + changed.size(), deleted + gone.size());
	}

	private static <T> T latestUpTo(java.util.NavigableMap<Integer, T> byYear, int year) {
		if (byYear == null) {
			return null;
		}
		var entry = byYear.floorEntry(year);
		return entry == null ? null : entry.getValue();
	}

	private static Map<String, Map<String, List<ApprovedValue>>> byIndicatorAndBreakdown(List<ApprovedValue> values) {
		Map<String, Map<String, List<ApprovedValue>>> grouped = new HashMap<>();
		for (ApprovedValue value : values) {
			grouped.computeIfAbsent(value.indicatorCode(), k -> new LinkedHashMap<>())
				.computeIfAbsent(value.breakdownKey(), k -> new ArrayList<>())
				.add(value);
		}
		return grouped;
	}

	/** The series of a cell; a rate with whole-number counts keeps them for the exact small-number interval. */
	static Series series(List<ApprovedValue> values, Indicator indicator) {
		Series.Builder builder = Series.builder();
		boolean ratio = indicator != null && indicator.isRatio();
		for (ApprovedValue value : values) {
			if (ratio && value.numerator() != null && value.denominator() != null && value.denominator().signum() > 0
					&& value.numerator().signum() >= 0 && value.numerator().stripTrailingZeros().scale() <= 0) {
				builder.counts(value.year(), value.numerator().longValueExact(), value.denominator().doubleValue(),
						indicator.multiplier().doubleValue());
			}
			else if (value.value() != null) {
				builder.value(value.year(), value.value().doubleValue());
			}
			else if (ratio) {
				builder.value(value.year(), value.numerator().doubleValue() / value.denominator().doubleValue()
						* indicator.multiplier().doubleValue());
			}
		}
		return builder.build();
	}

	private static AssessmentResult toResult(String regionCode, Placed placed, String breakdown, Assessment a,
			Settings settings) {
		Forecast f = a.forecast();
		return new AssessmentResult(regionCode, placed.plan().id(), placed.target().id(), breakdown, a.year(), a.status(),
				a.progress(), a.value(), a.baseline() == null ? null : a.baseline().year(),
				a.baseline() == null ? null : a.baseline().value(), f == null ? null : f.atTarget().year(),
				f == null ? null : f.atTarget().value(), f == null ? null : f.atTarget().lower(),
				f == null ? null : f.atTarget().upper(), f == null || f.atMidTerm() == null ? null : f.atMidTerm().year(),
				f == null || f.atMidTerm() == null ? null : f.atMidTerm().value(),
				f == null || f.atMidTerm() == null ? null : f.atMidTerm().lower(),
				f == null || f.atMidTerm() == null ? null : f.atMidTerm().upper(), f == null ? null : f.share(),
				f == null ? null : f.midTermShare(), f == null ? null : f.scale().name(),
				f == null ? null : f.averageYearlyChange(), f == null ? 0 : f.points(),
				a.trendTest() == null ? null : a.trendTest().pValue(),
				a.rateInterval() == null ? null : a.rateInterval().lower(),
				a.rateInterval() == null ? null : a.rateInterval().upper(), f != null && f.uncertain(), a.isJudged(),
				a.warnings().stream().map(w -> new ResultWarning(w.rule(), w.reason())).toList(),
				Explanation.of(a, settings), null);
	}

	private record Placed(PlanSummary plan, Target target) {
	}

}
