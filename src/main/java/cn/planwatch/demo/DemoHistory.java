package cn.planwatch.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.planwatch.collection.HistoryValue;
import cn.planwatch.collection.check.CellValue;
import cn.planwatch.collection.check.IndicatorFacts;
import cn.planwatch.collection.check.Rollup;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.Polarity;
import cn.planwatch.plan.Target;
import cn.planwatch.region.RegionLevel;

/**
 * Synthetic monitoring figures (演示数据) for the demo plans: for every catalogue-linked target
 * of a region's plans with a value or a direction, the figures of 2020–2025 in every cell of the
 * indicator, and — for a county's indicators that can be summed — its townships' figures, which
 * add up to the county's. The 2020 figure agrees with the target's baseline. Deterministic: the
 * same region and indicator always give the same figures. Plain Java: plans and catalogue in,
 * figures out.
 */
final class DemoHistory {

	/** The source every demo figure carries, so no one mistakes it for a statistic. */
	static final String SOURCE = "演示数据（虚构）";

	static final int FIRST_YEAR = DemoSeries.FIRST_YEAR;

	/** The last year loaded as approved history; the year after is the open round. */
	static final int LAST_HISTORY_YEAR = 2024;

	static final int ROUND_YEAR = DemoSeries.LAST_YEAR;

	/** The figures of one indicator in one region (and its townships), by year. */
	record IndicatorHistory(String regionCode, Indicator indicator, DemoTrajectory trajectory,
			Map<Integer, DemoCells.Year> years) {

		List<CellValue> cells(int year) {
			return years.get(year).region();
		}

		Map<String, List<CellValue>> townshipCells(int year) {
			return years.get(year).townships();
		}

	}

	private DemoHistory() {
	}

	/** The figures of every catalogue-linked, non-qualitative target of {@code targets} (one per indicator). */
	static List<IndicatorHistory> of(DemoRegion region, List<Target> targets, Map<String, Indicator> catalogue) {
		Map<String, Target> byIndicator = new LinkedHashMap<>();
		for (Target target : targets) {
			if (target.indicatorCode() == null || target.direction() == Direction.QUALITATIVE
					|| !catalogue.containsKey(target.indicatorCode())) {
				continue;
			}
			byIndicator.merge(target.indicatorCode(), target, (first, other) -> first.value() == null ? other : first);
		}
		double scale = DemoScales.regionScale(region);
		List<DemoCells.Township> townships = townships(region);
		List<IndicatorHistory> histories = new ArrayList<>();
		byIndicator.forEach((code, target) -> histories
			.add(indicator(region.code(), catalogue.get(code), target, scale, townships)));
		return histories;
	}

	/** The approved history rows of 2020–2024: the regions' cells and their townships'. */
	static List<HistoryValue> historyValues(List<IndicatorHistory> histories) {
		List<HistoryValue> rows = new ArrayList<>();
		for (IndicatorHistory history : histories) {
			for (int year = FIRST_YEAR; year <= LAST_HISTORY_YEAR; year++) {
				String code = history.indicator().code();
				for (CellValue cell : history.cells(year)) {
					rows.add(row(history.regionCode(), code, year, cell));
				}
				for (Map.Entry<String, List<CellValue>> township : history.townshipCells(year).entrySet()) {
					for (CellValue cell : township.getValue()) {
						rows.add(row(township.getKey(), code, year, cell));
					}
				}
			}
		}
		return rows;
	}

	static IndicatorFacts facts(Indicator indicator) {
		return IndicatorFacts.of(indicator, null, null);
	}

	private static HistoryValue row(String regionCode, String code, int year, CellValue cell) {
		return new HistoryValue(regionCode, code, year, cell.breakdown().key(), cell.value(), cell.numerator(),
				cell.denominator(), SOURCE);
	}

	private static IndicatorHistory indicator(String regionCode, Indicator indicator, Target target, double scale,
			List<DemoCells.Township> townships) {
		SplittableRandom random = new SplittableRandom(regionCode.hashCode() * 1_000_003L + indicator.code().hashCode());
		boolean ratio = indicator.isRatio() && indicator.multiplier() != null;
		double multiplier = ratio ? indicator.multiplier().doubleValue() : 1;
		boolean count = !ratio && DemoScales.isCountUnit(indicator.unit());
		int sense = sense(target.direction());
		Double goal = goal(target, indicator);
		double start = target.baselineValue() != null ? target.baselineValue().doubleValue()
				: DemoScales.typicalStart(indicator, scale);
		boolean bounded = ratio && start <= multiplier && (goal == null || goal <= multiplier);
		double max = bounded ? multiplier : !ratio && "%".equals(indicator.unit()) ? 100 : Double.MAX_VALUE;
		start = Math.max(0, Math.min(max, start));
		DemoSeries.Course course = new DemoSeries.Course(start, goal, sense, typicalStep(indicator, sense, start, max), 0,
				max);
		DemoSeries series = DemoSeries.of(course, random);
		boolean summable = Rollup.summable(facts(indicator));
		DemoCells cells = new DemoCells(indicator, summable ? townships : List.of(), random);
		Map<Integer, DemoCells.Year> years = new LinkedHashMap<>();
		if (ratio) {
			DemoScales.Denominator denominator = DemoScales.denominator(indicator.denominatorName());
			long size = Math.max(1, Math.round(denominator.countySize()
					* (denominator.drift() == DemoScales.Drift.DAYS || denominator.drift() == DemoScales.Drift.INCOME ? 1 : scale)
					* (0.9 + 0.2 * random.nextDouble())));
			boolean rare = bounded && indicator.polarity() == Polarity.LOWER && start / multiplier < 0.05;
			DemoCounts counts = DemoCounts.ofRate(series, multiplier, size, denominator.drift(), bounded, rare, random);
			for (int t = 0; t < series.levels().length; t++) {
				years.put(FIRST_YEAR + t, cells.rate(counts.numerators()[t], counts.denominators()[t], bounded));
			}
		}
		else if (count) {
			long[] counts = DemoCounts.ofCount(series, indicator.polarity() == Polarity.LOWER, random);
			for (int t = 0; t < counts.length; t++) {
				years.put(FIRST_YEAR + t, cells.count(counts[t]));
			}
		}
		else {
			double[] levels = series.levels();
			for (int t = 0; t < levels.length; t++) {
				years.put(FIRST_YEAR + t, cells.value(levels[t], 1, 0, max));
			}
		}
		return new IndicatorHistory(regionCode, indicator, series.trajectory(), years);
	}

	/** +1 when the target wants the value higher, -1 lower, 0 kept as it is. */
	static int sense(Direction direction) {
		return switch (direction) {
			case AT_LEAST, ABOVE, EQUAL, INCREASE -> 1;
			case AT_MOST, BELOW, DECREASE, ELIMINATE -> -1;
			case MAINTAIN, QUALITATIVE -> 0;
		};
	}

	/** The value to reach: the target's bound in the indicator's unit, 0 to eliminate, else none. */
	private static Double goal(Target target, Indicator indicator) {
		if (target.direction() == Direction.ELIMINATE) {
			return 0.0;
		}
		boolean bound = target.direction().isBound() || target.direction() == Direction.EQUAL;
		boolean sameUnit = target.unit() == null || indicator.unit() == null || target.unit().equals(indicator.unit());
		return bound && target.value() != null && sameUnit ? target.value().doubleValue() : null;
	}

	/** A plausible yearly improvement: part of the room left below 100 %, or a small share of the level. */
	private static double typicalStep(Indicator indicator, int sense, double start, double max) {
		if (sense > 0 && "%".equals(indicator.unit()) && max == 100) {
			return Math.max((max - start) * 0.03, 0.05);
		}
		double relative = "岁".equals(indicator.unit()) ? 0.003 : indicator.unit() == null ? 0.01 : 0.04;
		return Math.max(start * relative, 0.01);
	}

	/** The townships of a county with their weights (the seat largest, 乡 smallest) and urban shares. */
	static List<DemoCells.Township> townships(DemoRegion region) {
		List<DemoCells.Township> townships = new ArrayList<>();
		if (region.level() != RegionLevel.COUNTY) {
			return townships;
		}
		SplittableRandom random = new SplittableRandom(region.code().hashCode());
		for (int i = 0; i < region.children().size(); i++) {
			DemoRegion township = region.children().get(i);
			boolean seat = i == 0;
			boolean rural = township.name().endsWith("乡");
			double weight = (seat ? 0.44 : rural ? 0.23 : 0.33) * (0.9 + 0.2 * random.nextDouble());
			double urban = seat ? 0.72 : rural ? 0.15 : 0.38;
			townships.add(new DemoCells.Township(township.code(), weight, urban));
		}
		return townships;
	}

	/** The value a cell stands for: its value, or numerator ÷ denominator × multiplier for a rate. */
	static BigDecimal effective(Indicator indicator, CellValue cell) {
		return cell.effective(facts(indicator));
	}

}
