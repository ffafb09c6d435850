package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Female–male gaps per year and the Theil–Sen trend of the gap, worked by hand. */
class SexGapTest {

	@Test
	void gapInPercentagesShrinkingByHalfAPointAYearIsNarrowing() {
		// f = 45, 46, 47.5, 48, 49; m = 50, 50.5, 51, 51.5, 51.9 (2020–2024) → d = −5, −4.5, −3.5, −3.5, −2.9
		// pairwise slopes of d: (0,1) 0.5, (0,2) 1.5/2 = 0.75, (0,3) 1.5/3 = 0.5, (0,4) 2.1/4 = 0.525, (1,2) 1,
		// (1,3) 1/2 = 0.5, (1,4) 1.6/3 = 0.533, (2,3) 0, (2,4) 0.6/2 = 0.3, (3,4) 0.6
		// sorted 0, 0.3, 0.5, 0.5, 0.5, 0.525, 0.533, 0.6, 0.75, 1 → median (0.5 + 0.525)/2 = 0.5125
		// every d < 0, so |d| = −d and its slope is −0.5125 → narrowing; 2024: ratio 49/51.9 = 0.944
		SexGap gap = SexGap.compare("基本养老保险参保率", "%", Series.consecutive(2020, 45, 46, 47.5, 48, 49),
				Series.consecutive(2020, 50, 50.5, 51, 51.5, 51.9));
		assertThat(gap.years()).extracting(SexGap.YearGap::difference).containsExactly(-5.0, -4.5, -3.5, -3.5, -2.9);
		assertThat(gap.latest().orElseThrow().ratio()).isCloseTo(49 / 51.9, within(1e-12));
		assertThat(gap.trend().differenceSlope()).isCloseTo(0.5125, within(1e-12));
		assertThat(gap.trend().gapSlope()).isCloseTo(-0.5125, within(1e-12));
		assertThat(gap.trend().narrowing()).isTrue();
		assertThat(gap.describe()).isEqualTo("基本养老保险参保率：2024年女性为49%、男性为51.9%，女性比男性低2.9个百分点（比值0.94）；"
				+ "2020—2024年差距年均缩小0.51个百分点（Theil–Sen稳健趋势，5个可比年份）。");
	}

	@Test
	void gapInOtherUnitsIsStatedInTheUnitAndOnlyYearsOfBothSexesCount() {
		// common years 2020–2022 (female 2023 and male 2019 have no partner): d = 5, 5.4, 5.6
		// slopes (0,1) 0.4, (0,2) 0.6/2 = 0.3, (1,2) 0.2 → median 0.3; |d| = d → widening by 0.3 岁 a year
		// 2022: 81 − 75.4 = 5.6, ratio 81/75.4 = 1.074
		Series female = Series.of(Map.of(2020, 80.0, 2021, 80.6, 2022, 81.0, 2023, 81.3));
		Series male = Series.of(Map.of(2019, 74.8, 2020, 75.0, 2021, 75.2, 2022, 75.4));
		SexGap gap = SexGap.compare("平均预期寿命", "岁", female, male);
		assertThat(gap.years()).extracting(SexGap.YearGap::year).containsExactly(2020, 2021, 2022);
		assertThat(gap.trend().gapSlope()).isCloseTo(0.3, within(1e-12));
		assertThat(gap.trend().widening()).isTrue();
		assertThat(gap.describe()).isEqualTo("平均预期寿命：2022年女性为81岁、男性为75.4岁，女性比男性高5.6岁（比值1.07）；"
				+ "2020—2022年差距年均扩大0.3岁（Theil–Sen稳健趋势，3个可比年份）。");
	}

	@Test
	void gapThatChangesSidesIsNeitherNarrowingNorWidening() {
		// d = −2, −1, 0, 1, 2: slope of d is 1; |d| = 2, 1, 0, 1, 2 has pairwise slopes
		// −1, −1, −1/3, 0, −1, 0, 1/3, 1, 1, 1 → sorted median (0 + 0)/2 = 0
		SexGap gap = SexGap.compare("高中阶段毛入学率", "%", Series.consecutive(2020, 48, 49, 50, 51, 52),
				Series.consecutive(2020, 50, 50, 50, 50, 50));
		assertThat(gap.trend().differenceSlope()).isEqualTo(1.0);
		assertThat(gap.trend().gapSlope()).isZero();
		assertThat(gap.trend().narrowing()).isFalse();
		assertThat(gap.trend().widening()).isFalse();
		assertThat(gap.describe()).endsWith("女性比男性高2个百分点（比值1.04）；2020—2024年差距无缩小或扩大趋势（Theil–Sen稳健趋势，5个可比年份）。");
	}

	@Test
	void singleCommonYearHasNoTrend() {
		SexGap gap = SexGap.compare("高中阶段毛入学率", "%", Series.of(Map.of(2022, 49.0, 2023, 50.0)),
				Series.of(Map.of(2023, 50.0)));
		assertThat(gap.trend()).isNull();
		assertThat(gap.describe())
			.isEqualTo("高中阶段毛入学率：2023年女性为50%、男性为50%，女性与男性持平（比值1）；仅有1个可比年份，不计算差距趋势。");
	}

	@Test
	void zeroMaleValueHasNoRatio() {
		SexGap gap = SexGap.compare("新报告感染人数", "人", Series.of(Map.of(2024, 3.0)), Series.of(Map.of(2024, 0.0)));
		assertThat(gap.latest().orElseThrow().ratio()).isNull();
		assertThat(gap.describe()).isEqualTo("新报告感染人数：2024年女性为3人、男性为0人，女性比男性高3人（男性为0，无比值）；仅有1个可比年份，不计算差距趋势。");
	}

	@Test
	void noCommonYearIsEmptyAndSaysThereIsNothingToCompare() {
		SexGap gap = SexGap.compare("高中阶段毛入学率", "%", Series.consecutive(2020, 48, 49), Series.consecutive(2022, 50));
		assertThat(gap.isEmpty()).isTrue();
		assertThat(gap.years()).isEmpty();
		assertThat(gap.latest()).isEmpty();
		assertThat(gap.trend()).isNull();
		assertThat(gap.describe()).isEqualTo("高中阶段毛入学率：女性和男性没有同一年份的数据，无可比数据。");
		assertThat(SexGap.compare("高中阶段毛入学率", "%", Series.empty(), Series.empty()).describe()).endsWith("无可比数据。");
	}

}
