package cn.planwatch.collection.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import cn.planwatch.collection.Breakdown;

class RollupTest {

	private static final IndicatorFacts INFANT = new IndicatorFacts("C-1-02", "婴儿死亡率", "‰", new BigDecimal("1000"),
			"婴儿死亡数", "活产数", "<=", new BigDecimal("5"));

	private static final IndicatorFacts CADRES = new IndicatorFacts("W-4-09", "女干部人数", "名", null, null, null, null,
			null);

	private static final IndicatorFacts SCREENING = new IndicatorFacts("W-1-04", "宫颈癌筛查率", "%", null, null, null,
			">=", new BigDecimal("70"));

	@Test
	void ratesAreRecomputedFromSummedCountsNotAveraged() {
		// township A: 1 death / 100 births = 10‰; township B: 2 / 900 = 2.22‰
		// the average of the rates would be 6.11‰; the county's rate is 3 / 1000 = 3‰
		Map<String, List<CellValue>> townships = new LinkedHashMap<>();
		townships.put("A", List.of(new CellValue(Breakdown.TOTAL, null, new BigDecimal("1"), new BigDecimal("100"))));
		townships.put("B", List.of(new CellValue(Breakdown.TOTAL, null, new BigDecimal("2"), new BigDecimal("900"))));

		CellValue county = Rollup.sum(INFANT, townships).orElseThrow().get(0);

		assertThat(county.numerator()).isEqualByComparingTo("3");
		assertThat(county.denominator()).isEqualByComparingTo("1000");
		assertThat(county.effective(INFANT)).isCloseTo(new BigDecimal("3"), Offset.offset(new BigDecimal("0.0001")));
	}

	@Test
	void countsAreAddedPerCell() {
		Map<String, List<CellValue>> townships = new LinkedHashMap<>();
		townships.put("A", List.of(new CellValue(Breakdown.TOTAL, new BigDecimal("4"), null, null),
				new CellValue(Breakdown.FEMALE, new BigDecimal("1"), null, null)));
		townships.put("B", List.of(new CellValue(Breakdown.TOTAL, new BigDecimal("6"), null, null),
				new CellValue(Breakdown.FEMALE, new BigDecimal("3"), null, null)));

		List<CellValue> county = Rollup.sum(CADRES, townships).orElseThrow();

		assertThat(county).extracting(CellValue::value).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("10"), new BigDecimal("4"));
	}

	@Test
	void anIncompleteTownshipCellIsLeftOutOfARate() {
		Map<String, List<CellValue>> townships = new LinkedHashMap<>();
		townships.put("A", List.of(new CellValue(Breakdown.TOTAL, null, new BigDecimal("1"), null)));
		townships.put("B", List.of(new CellValue(Breakdown.TOTAL, null, new BigDecimal("2"), new BigDecimal("400"))));

		CellValue county = Rollup.sum(INFANT, townships).orElseThrow().get(0);

		assertThat(county.numerator()).isEqualByComparingTo("2");
		assertThat(county.denominator()).isEqualByComparingTo("400");
	}

	@Test
	void aPercentageReportedWithoutItsCountsCannotBeSummed() {
		assertThat(Rollup.sum(SCREENING, Map.of())).isEmpty();
		assertThat(Rollup.summable(SCREENING)).isFalse();
	}

}
