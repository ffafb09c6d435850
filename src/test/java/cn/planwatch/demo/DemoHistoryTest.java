package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.collection.check.CellValue;
import cn.planwatch.collection.check.IndicatorFacts;
import cn.planwatch.collection.check.Rollup;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.Target;

/** The synthetic history of the demo plans, generated without Spring from the shipped catalogue and plans. */
class DemoHistoryTest {

	private static final int[] YEARS = { 2020, 2021, 2022, 2023, 2024, 2025 };

	@Test
	void everyLinkedTargetWithAValueOrADirectionGetsFiguresInEveryCellOfItsIndicator() {
		for (DemoRegion region : DemoFixtures.planRegions()) {
			List<Target> targets = DemoFixtures.targets(region);
			Map<String, DemoHistory.IndicatorHistory> histories = byCode(DemoFixtures.histories(region));

			List<String> expected = targets.stream()
				.filter(t -> t.indicatorCode() != null && t.direction() != Direction.QUALITATIVE)
				.map(Target::indicatorCode)
				.distinct()
				.toList();
			assertThat(histories.keySet()).containsExactlyInAnyOrderElementsOf(expected);
			for (DemoHistory.IndicatorHistory history : histories.values()) {
				Indicator indicator = history.indicator();
				List<String> cells = Breakdown.of(indicator.disaggregations(), indicator.planKind()).stream().map(Breakdown::key).toList();
				for (int year : YEARS) {
					assertThat(history.cells(year)).extracting(c -> c.breakdown().key()).as(indicator.code() + " " + year)
						.containsExactlyElementsOf(cells);
				}
			}
		}
	}

	@Test
	void the2020FigureAgreesWithThePlansBaseline() {
		int compared = 0;
		int imprecise = 0;
		for (DemoRegion region : DemoFixtures.planRegions()) {
			Map<String, DemoHistory.IndicatorHistory> histories = byCode(DemoFixtures.histories(region));
			for (Target target : DemoFixtures.targets(region)) {
				DemoHistory.IndicatorHistory history = histories.get(target.indicatorCode());
				if (history == null || target.baselineValue() == null) {
					continue;
				}
				CellValue total = history.cells(2020).get(0);
				BigDecimal first = DemoHistory.effective(history.indicator(), total);
				// a rate from whole counts rounds to the baseline's one decimal, unless the denominator is so
				// small (a few dozen community directors) that whole numbers allow only half a count's precision
				double tolerance = total.denominator() == null ? 0
						: Math.max(0.0501, 0.5 * history.indicator().multiplier().doubleValue() / total.denominator().doubleValue());
				assertThat(first.doubleValue()).as(region.name() + " " + target.indicatorName())
					.isCloseTo(target.baselineValue().doubleValue(), offset(tolerance));
				if (Math.abs(first.doubleValue() - target.baselineValue().doubleValue()) > 0.0501) {
					imprecise++;
				}
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(150);
		assertThat(imprecise).isLessThan(compared / 50);
	}

	@Test
	void countsAreWholeAndEveryDimensionAddsUpToTheTotal() {
		for (DemoRegion region : DemoFixtures.planRegions()) {
			for (DemoHistory.IndicatorHistory history : DemoFixtures.histories(region)) {
				for (int year : YEARS) {
					assertConsistent(history.indicator(), history.cells(year), region.name() + " " + year);
					history.townshipCells(year).forEach((township, cells) -> assertConsistent(history.indicator(), cells,
							township + " " + year));
				}
			}
		}
	}

	@Test
	void figuresStayWithinTheirNaturalBounds() {
		for (DemoRegion region : DemoFixtures.planRegions()) {
			for (DemoHistory.IndicatorHistory history : DemoFixtures.histories(region)) {
				Indicator indicator = history.indicator();
				boolean unboundedRatio = indicator.code().equals("W-7-06"); // women's to men's toilets: 150 % is the aim
				for (int year : YEARS) {
					for (CellValue cell : history.cells(year)) {
						String where = region.name() + " " + indicator.code() + " " + year + " " + cell.breakdown().key();
						BigDecimal value = DemoHistory.effective(indicator, cell);
						assertThat(value).as(where).isNotNull();
						assertThat(value.signum()).as(where).isGreaterThanOrEqualTo(0);
						if ("%".equals(indicator.unit()) && !unboundedRatio) {
							assertThat(value).as(where).isLessThanOrEqualTo(BigDecimal.valueOf(100));
						}
						if (indicator.isRatio() && !unboundedRatio) {
							assertThat(cell.numerator()).as(where).isLessThanOrEqualTo(cell.denominator());
						}
					}
				}
			}
		}
	}

	@Test
	void townshipFiguresAddUpToTheirCountyCellByCell() {
		for (DemoRegion county : DemoRegion.CITY.children()) {
			int summed = 0;
			for (DemoHistory.IndicatorHistory history : DemoFixtures.histories(county)) {
				IndicatorFacts facts = DemoHistory.facts(history.indicator());
				if (!Rollup.summable(facts)) {
					assertThat(history.townshipCells(2020)).isEmpty();
					continue;
				}
				for (int year : YEARS) {
					Map<String, List<CellValue>> townships = history.townshipCells(year);
					assertThat(townships.keySet()).hasSize(county.children().size());
					Map<String, CellValue> rolledUp = byKey(Rollup.sum(facts, townships).orElseThrow());
					for (CellValue cell : history.cells(year)) {
						CellValue sum = rolledUp.get(cell.breakdown().key());
						String where = county.name() + " " + history.indicator().code() + " " + year + " " + cell.breakdown().key();
						assertThat(sum).as(where).isNotNull();
						assertThat(same(sum.numerator(), cell.numerator()) && same(sum.denominator(), cell.denominator())
								&& same(sum.value(), cell.value())).as(where + ": " + sum + " vs " + cell).isTrue();
					}
					summed++;
				}
			}
			assertThat(summed).isGreaterThan(100 * YEARS.length);
		}
	}

	@Test
	void theDemoShowsEveryKindOfTrajectoryAndSmallNumbersInTheCounties() {
		Map<DemoTrajectory, Integer> mix = new EnumMap<>(DemoTrajectory.class);
		int indicators = 0;
		for (DemoRegion region : DemoFixtures.planRegions()) {
			for (DemoHistory.IndicatorHistory history : DemoFixtures.histories(region)) {
				mix.merge(history.trajectory(), 1, Integer::sum);
				indicators++;
			}
		}

		assertThat(mix.keySet()).containsExactlyInAnyOrder(DemoTrajectory.values());
		assertThat(mix.get(DemoTrajectory.REVERSING)).as("a few reversing").isLessThan(indicators / 5);
		assertThat(mix.get(DemoTrajectory.ALREADY_MET)).isGreaterThanOrEqualTo(10);
		for (DemoRegion county : DemoRegion.CITY.children()) {
			DemoHistory.IndicatorHistory maternal = byCode(DemoFixtures.histories(county)).get("W-1-01");
			List<Long> deaths = Arrays.stream(YEARS)
				.mapToObj(year -> maternal.cells(year).get(0).numerator().longValueExact())
				.toList();
			List<Long> births = Arrays.stream(YEARS)
				.mapToObj(year -> maternal.cells(year).get(0).denominator().longValueExact())
				.toList();
			assertThat(deaths).as(county.name() + " maternal deaths").allMatch(d -> d <= 6).contains(0L).anyMatch(d -> d > 0);
			assertThat(births).allMatch(b -> b >= 2_500 && b <= 12_000);
		}
	}

	@Test
	void theSameRegionAndIndicatorAlwaysGiveTheSameFiguresAndRegionsDiffer() {
		DemoRegion donglin = DemoRegion.CITY.children().get(0);
		DemoRegion xihe = DemoRegion.CITY.children().get(1);

		List<HistoryValue> first = DemoHistory.historyValues(DemoFixtures.histories(donglin));
		List<HistoryValue> again = DemoHistory.historyValues(DemoFixtures.histories(donglin));
		List<HistoryValue> other = DemoHistory.historyValues(DemoFixtures.histories(xihe));

		assertThat(again).isEqualTo(first);
		Map<String, HistoryValue> otherByCell = other.stream()
			.filter(v -> v.regionCode().equals(xihe.code()))
			.collect(Collectors.toMap(v -> v.indicatorCode() + v.year() + v.breakdownKey(), v -> v));
		long differing = first.stream()
			.filter(v -> v.regionCode().equals(donglin.code()))
			.filter(v -> !v.equals(otherByCell.get(v.indicatorCode() + v.year() + v.breakdownKey())))
			.count();
		assertThat(differing).isGreaterThan(first.size() / 10);
	}

	@Test
	void theHistoryRowsCover2020To2024AndAreMarkedSynthetic() {
		List<HistoryValue> rows = DemoHistory.historyValues(DemoFixtures.histories(DemoRegion.CITY.children().get(0)));

		assertThat(rows).extracting(HistoryValue::year).containsOnly(2020, 2021, 2022, 2023, 2024);
		assertThat(rows).extracting(HistoryValue::source).containsOnly("演示数据（虚构）");
		assertThat(rows).extracting(HistoryValue::regionCode)
			.contains("990121", "990121100000", "990121101000", "990121200000");
		assertThat(rows.stream().map(r -> r.regionCode() + r.indicatorCode() + r.year() + r.breakdownKey()).distinct().count())
			.isEqualTo(rows.size());
	}

	private static void assertConsistent(Indicator indicator, List<CellValue> cells, String where) {
		CellValue total = cells.stream().filter(c -> c.breakdown().isTotal()).findFirst().orElse(null);
		if (total == null) {
			return; // a township without any of the denominator (no county court there)
		}
		Map<String, BigDecimal[]> sums = new HashMap<>();
		for (CellValue cell : cells) {
			for (BigDecimal number : new BigDecimal[] { cell.numerator(), cell.denominator() }) {
				if (number != null) {
					assertThat(number.stripTrailingZeros().scale()).as(where + " whole").isLessThanOrEqualTo(0);
				}
			}
			if (!cell.breakdown().isTotal()) {
				BigDecimal[] sum = sums.computeIfAbsent(cell.breakdown().dimension(),
						d -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
				sum[0] = sum[0].add(orZero(cell.numerator()));
				sum[1] = sum[1].add(orZero(cell.denominator()));
				sum[2] = sum[2].add(orZero(cell.value()));
			}
		}
		boolean count = !indicator.isRatio() && DemoScales.isCountUnit(indicator.unit());
		if (count) {
			assertThat(total.value().stripTrailingZeros().scale()).as(where + " whole count").isLessThanOrEqualTo(0);
		}
		sums.forEach((dimension, sum) -> {
			String what = where + " " + indicator.code() + " " + dimension;
			if (indicator.isRatio()) {
				assertThat(sum[0]).as(what + " numerators").isEqualByComparingTo(total.numerator());
				assertThat(sum[1]).as(what + " denominators").isEqualByComparingTo(total.denominator());
			}
			else if (count) {
				assertThat(sum[2]).as(what + " counts").isEqualByComparingTo(total.value());
			}
		});
	}

	private static BigDecimal orZero(BigDecimal number) {
		return number == null ? BigDecimal.ZERO : number;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static Map<String, CellValue> byKey(List<CellValue> cells) {
		return cells.stream().collect(Collectors.toMap(c -> c.breakdown().key(), c -> c, (a, b) -> a, LinkedHashMap::new));
	}

	private static Map<String, DemoHistory.IndicatorHistory> byCode(List<DemoHistory.IndicatorHistory> histories) {
		return histories.stream()
			.collect(Collectors.toMap(h -> h.indicator().code(), h -> h, (a, b) -> a, LinkedHashMap::new));
	}

}
