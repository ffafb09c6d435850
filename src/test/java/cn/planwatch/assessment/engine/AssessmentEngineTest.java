package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AssessmentEngineTest {

	private final AssessmentEngine engine = new AssessmentEngine(Settings.defaults());

	private static TargetSpec screening(double target) {
		return TargetSpec.builder("宫颈癌筛查率")
			.unit("%")
			.department("卫生健康委")
			.target(Direction.AT_LEAST, target)
			.baseline(2020, null)
			.midTerm(2025, 55.0)
			.targetYear(2030)
			.bounds(Bounds.PERCENT)
			.build();
	}

	private static TargetSpec maternalMortality() {
		return TargetSpec.builder("孕产妇死亡率")
			.unit("/10万")
			.department("卫生健康委")
			.target(Direction.AT_MOST, 12.0)
			.baseline(2020, null)
			.targetYear(2030)
			.bounds(Bounds.NON_NEGATIVE)
			.build();
	}

	@Test
	void seriesOnItsLineToTheTargetIsOnTrackAtTargetAndMidTerm() {
		// 40, 43, 46, 49 (2020–2023): slope 3, intercept 40 → 2030: 40 + 3·10 = 70 → P = (70 − 40)/(70 − 40) = 1
		// 2025: 40 + 3·5 = 55 → P_mid = (55 − 40)/(55 − 40) = 1
		Assessment result = engine.assess(screening(70), Series.consecutive(2020, 40, 43, 46, 49), 2023);
		assertThat(result.forecast().scale()).isEqualTo(TrendScale.LINEAR);
		assertThat(result.forecast().atTarget().value()).isCloseTo(70, within(1e-9));
		assertThat(result.forecast().share()).isCloseTo(1, within(1e-9));
		assertThat(result.forecast().atMidTerm().value()).isCloseTo(55, within(1e-9));
		assertThat(result.forecast().midTermShare()).isCloseTo(1, within(1e-9));
		assertThat(result.progress()).isEqualTo(ProgressCategory.ON_TRACK);
		assertThat(result.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void twoThirdsOfTheWayIsNeedsAcceleration() {
		// slope 2 → 2030: 40 + 20 = 60 → P = 20/30 = 0.667 ∈ [0.5, 0.95)
		Assessment result = engine.assess(screening(70), Series.consecutive(2020, 40, 42, 44, 46), 2023);
		assertThat(result.forecast().share()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(result.progress()).isEqualTo(ProgressCategory.NEEDS_ACCELERATION);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void oneThirdOfTheWayIsDifficultAndSaysWhyInChinese() {
		// slope 1 → 2030: 40 + 10 = 50 → P = 10/30 = 33.3 % < 50 %
		Assessment result = engine.assess(screening(70), Series.consecutive(2020, 40, 41, 42, 43), 2023);
		assertThat(result.progress()).isEqualTo(ProgressCategory.DIFFICULT);
		assertThat(result.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.rule()).isEqualTo(WarningRule.DIFFICULT);
			assertThat(warning.reason()).isEqualTo("宫颈癌筛查率（责任单位：卫生健康委）：按2020—2023年4个数据点的稳健趋势（Theil–Sen，线性尺度）推算，"
					+ "2030年预计为50%（95%区间50—50%），仅能完成从2020年基期值40%到目标≥70%所需变化的33.3%，低于50%的预警线，预计完成困难。");
		});
	}

	@Test
	void movingAwayFromTheTargetIsReversing() {
		// slope −1 → 2030: 30 → P = (30 − 40)/30 = −0.333 < 0
		Assessment result = engine.assess(screening(70), Series.consecutive(2020, 40, 39, 38, 37), 2023);
		assertThat(result.forecast().share()).isCloseTo(-1.0 / 3, within(1e-9));
		assertThat(result.progress()).isEqualTo(ProgressCategory.REVERSING);
		assertThat(result.hasWarning(WarningRule.REVERSING)).isTrue();
		assertThat(result.warnings().get(0).reason()).contains("完成比例为-33.3%（小于0）", "逆向变化");
	}

	@Test
	void fallingMortalityIsFittedOnTheLogScale() {
		// 20, 18, 16.2, 14.58: ×0.9 a year → ln-slope ln 0.9; 2030: 20·0.9^10 = 6.9736
		// P = (6.9736 − 20)/(12 − 20) = 1.628 → 预计可实现
		Assessment result = engine.assess(maternalMortality(), Series.consecutive(2020, 20, 18, 16.2, 14.58), 2023);
		assertThat(result.forecast().scale()).isEqualTo(TrendScale.LOG);
		assertThat(result.forecast().line().slope()).isCloseTo(Math.log(0.9), within(1e-12));
		assertThat(result.forecast().atTarget().value()).isCloseTo(20 * Math.pow(0.9, 10), within(1e-9));
		assertThat(result.forecast().share()).isCloseTo((20 * Math.pow(0.9, 10) - 20) / (12 - 20), within(1e-9));
		assertThat(result.progress()).isEqualTo(ProgressCategory.ON_TRACK);
	}

	@Test
	void zeroRatesFallBackToTheLinearScale() {
		// a county's MMR with zero years cannot be logged; baseline 0 meets ≤12 and 10 still does → 保持
		Assessment result = engine.assess(maternalMortality(), Series.consecutive(2020, 0, 15, 0, 10), 2023);
		assertThat(result.forecast().scale()).isEqualTo(TrendScale.LINEAR);
		assertThat(result.progress()).isEqualTo(ProgressCategory.MAINTAINED);
		assertThat(result.status()).isEqualTo(AttainmentStatus.ACHIEVED);
	}

	@Test
	void percentagesNearTheCeilingUseLogitAndStayBelowOneHundred() {
		// 97–98.5 are within 5 points of 100 → logit; a linear line would reach 97 + 0.5·10 = 102
		TargetSpec delivery = TargetSpec.builder("住院分娩率").unit("%").target(Direction.AT_LEAST, 99.5).baseline(2020, null)
			.bounds(Bounds.PERCENT).build();
		Assessment result = engine.assess(delivery, Series.consecutive(2020, 97, 97.5, 98, 98.5), 2023);
		assertThat(result.forecast().scale()).isEqualTo(TrendScale.LOGIT);
		assertThat(result.forecast().atTarget().value()).isBetween(98.5, 100.0);
		assertThat(result.forecast().atTarget().upper()).isLessThanOrEqualTo(100.0);
	}

	@Test
	void aValueOnTheCeilingIsFittedLinearlyAndClampedToOneHundred() {
		// 94, 96, 98, 100 contains 100 → linear; 94 + 2·10 = 114 → clamped to 100; 全覆盖 met → 保持
		TargetSpec coverage = TargetSpec.builder("产前检查覆盖").unit("%").target(Direction.AT_LEAST, 100.0).baseline(2020, null)
			.bounds(Bounds.PERCENT).build();
		Assessment result = engine.assess(coverage, Series.consecutive(2020, 94, 96, 98, 100), 2023);
		assertThat(result.forecast().scale()).isEqualTo(TrendScale.LINEAR);
		assertThat(result.forecast().atTarget().value()).isEqualTo(100.0);
		assertThat(result.progress()).isEqualTo(ProgressCategory.MAINTAINED);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void onePointIsNotEnoughToJudgeATrend() {
		Assessment result = engine.assess(screening(70), Series.consecutive(2020, 40), 2020);
		assertThat(result.progress()).isEqualTo(ProgressCategory.INSUFFICIENT_DATA);
		assertThat(result.forecast()).isNull();
		assertThat(result.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.rule()).isEqualTo(WarningRule.TOO_FEW_POINTS);
			assertThat(warning.reason()).contains("自2020年基期以来仅有1个数据点（至少需要3个）");
		});
	}

	@Test
	void noDataAtAllIsNoDataWithoutAForecast() {
		Assessment result = engine.assess(screening(70), Series.empty(), 2023);
		assertThat(result.status()).isEqualTo(AttainmentStatus.NO_DATA);
		assertThat(result.progress()).isEqualTo(ProgressCategory.INSUFFICIENT_DATA);
		assertThat(result.warnings().get(0).reason()).contains("缺少基期值");
	}

	@Test
	void targetMetAtBaselineIsMaintainedOrRegressed() {
		TargetSpec delivery = TargetSpec.builder("住院分娩率").unit("%").target(Direction.AT_LEAST, 96.0).baseline(2020, 98.0)
			.bounds(Bounds.PERCENT).build();
		Assessment kept = engine.assess(delivery, Series.consecutive(2020, 98, 98.5, 99, 99.2), 2023);
		assertThat(kept.progress()).isEqualTo(ProgressCategory.MAINTAINED);
		assertThat(kept.warnings()).isEmpty();

		Assessment lost = engine.assess(delivery, Series.consecutive(2020, 98, 97, 96, 95), 2023);
		assertThat(lost.progress()).isEqualTo(ProgressCategory.REGRESSED);
		assertThat(lost.status()).isEqualTo(AttainmentStatus.BASICALLY_ACHIEVED); // 1 ≤ 5 % × 96 = 4.8
		assertThat(lost.warnings()).singleElement().satisfies(warning -> assertThat(warning.reason())
			.isEqualTo("住院分娩率：2020年基期值98%已达到目标≥96%，但2023年为95%，未达目标，退步。"));
	}

	@Test
	void steadilyRisingDirectionalTargetIsOnTrackByMannKendall() {
		// 50..55: S = 15, Var = 6·5·17/18 = 28.33, Z = 14/5.323 = 2.63, p = 0.0085 < 0.05
		TargetSpec share = TargetSpec.builder("女性参政比例").unit("%").target(Direction.INCREASE, null).bounds(Bounds.PERCENT).build();
		Assessment result = engine.assess(share, Series.consecutive(2020, 50, 51, 52, 53, 54, 55), 2025);
		assertThat(result.trendTest().s()).isEqualTo(15);
		assertThat(result.trendTest().z()).isCloseTo(2.630, within(1e-3));
		assertThat(result.progress()).isEqualTo(ProgressCategory.ON_TRACK);
	}

	@Test
	void directionalTargetFallingSignificantlyIsReversingAndFlatIsDifficult() {
		TargetSpec share = TargetSpec.builder("女性参政比例").unit("%").department("组织部").target(Direction.INCREASE, null)
			.bounds(Bounds.PERCENT).build();
		Assessment falling = engine.assess(share, Series.consecutive(2020, 55, 54, 53, 52, 51, 50), 2025);
		assertThat(falling.progress()).isEqualTo(ProgressCategory.REVERSING);
		assertThat(falling.warnings().get(0).reason()).contains("目标为“逐步提高”", "年均变化-1%", "S=-15", "逆向变化");

		Assessment flat = engine.assess(share, Series.consecutive(2020, 50, 50, 50, 50), 2023);
		assertThat(flat.progress()).isEqualTo(ProgressCategory.DIFFICULT);
		assertThat(flat.hasWarning(WarningRule.DIFFICULT)).isTrue();
	}

	@Test
	void oneMaternalDeathInASmallCountyIsNotACrisis() {
		// 0/3000, 0/3000, 1/3000 = 33.33/10万 against ≤12: without counts this is 退步 from a met baseline;
		// with counts the Garwood interval 0.84–185.72 contains 12 and is wider than 50 % of 12 → 数据不足以判定 only
		Series county = Series.builder()
			.counts(2020, 0, 3000, 100_000)
			.counts(2021, 0, 3000, 100_000)
			.counts(2022, 1, 3000, 100_000)
			.build();
		Assessment result = engine.assess(maternalMortality(), county, 2022);
		assertThat(result.progress()).isEqualTo(ProgressCategory.INSUFFICIENT_DATA);
		assertThat(result.rateInterval().upper()).isCloseTo(185.72, within(0.01));
		assertThat(result.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.rule()).isEqualTo(WarningRule.SMALL_NUMBERS);
			assertThat(warning.reason()).isEqualTo("孕产妇死亡率（责任单位：卫生健康委）：2022年为1例/3000，率33.33/10万，其95%精确泊松区间为"
					+ "0.84—185.72/10万，包含目标值12/10万且宽度超过目标值的50%，事件数过少，数据不足以判定；"
					+ "2020—2022年合计1例/9000，合并率11.11/10万（区间0.28—61.91/10万）。");
		});
	}

	@Test
	void aLargeProvinceWithTheSameRateIsJudgedNormally() {
		// 300 deaths in 1 000 000 births = 30/10万, interval about 26.7–33.6 excludes 12 → no small-numbers warning
		Series province = Series.builder()
			.counts(2020, 200, 1_000_000, 100_000)
			.counts(2021, 250, 1_000_000, 100_000)
			.counts(2022, 300, 1_000_000, 100_000)
			.build();
		Assessment result = engine.assess(maternalMortality(), province, 2022);
		assertThat(result.hasWarning(WarningRule.SMALL_NUMBERS)).isFalse();
		assertThat(result.progress()).isEqualTo(ProgressCategory.REVERSING);
	}

	@Test
	void zigzagAndNoiseAboveTheRequiredPaceAreVolatile() {
		// 60, 66, 61, 67, 62: pairwise slopes sorted −5, −5, −1.33, 0.5, 0.5, 0.5, 0.5, 2.33, 6, 6 → median 0.5
		// intercept median(60, 65.5, 60, 65.5, 60) = 60; residuals 0, 5.5, 0, 5.5, 0 → s = √(60.5/3) = 4.49
		// required pace (65 − 62)/(2030 − 2024) = 0.5 < 4.49 → F4; changes +6, −5, +6, −5: 3 sign changes → F3
		// modified z: median 0.5, MAD 5.5 → |M| = 0.6745 < 3.5 → no F1; P = (65 − 60)/(65 − 60) = 1 → 预计可实现
		Assessment result = engine.assess(screening(65), Series.consecutive(2020, 60, 66, 61, 67, 62), 2024);
		assertThat(result.forecast().line().slope()).isEqualTo(0.5);
		assertThat(result.forecast().residualSd()).isCloseTo(Math.sqrt(60.5 / 3), within(1e-9));
		assertThat(result.progress()).isEqualTo(ProgressCategory.ON_TRACK);
		assertThat(result.warnings()).extracting(Warning::rule)
			.containsExactly(WarningRule.ZIGZAG, WarningRule.NOISE_OVER_PACE);
		assertThat(result.warnings().get(0).reason()).contains("最近4次年度变化为+6%、-5%、+6%、-5%，升降方向改变3次");
		assertThat(result.warnings().get(1).reason()).contains("残差标准差为4.49%，大于实现目标所需的年均变化0.5%");
	}

	@Test
	void oneJumpAmongSteadyChangesIsAnOutlierByTheModifiedZScore() {
		// changes 1, 1, 1, 10, 1: median 1, MAD 0 → MeanAD = 9/5 = 1.8; M = 9/(1.2533·1.8) = 3.99 > 3.5
		Assessment result = engine.assess(screening(90), Series.consecutive(2020, 40, 41, 42, 43, 53, 54), 2025);
		assertThat(result.hasWarning(WarningRule.OUTLIER_CHANGE)).isTrue();
		assertThat(result.warnings().stream().filter(w -> w.rule() == WarningRule.OUTLIER_CHANGE).findFirst().orElseThrow()
			.reason()).contains("2023—2024年年均变化+10%，修正z分数为3.99", "平均绝对偏差1.8（中位绝对偏差为0）");
	}

	@Test
	void qualitativeTargetIsLeftToHumanJudgement() {
		TargetSpec mechanism = TargetSpec.builder("建立健全妇女权益保障机制").target(Direction.QUALITATIVE, null).build();
		Assessment result = engine.assess(mechanism, Series.empty(), 2023);
		assertThat(result.status()).isEqualTo(AttainmentStatus.QUALITATIVE);
		assertThat(result.progress()).isEqualTo(ProgressCategory.NOT_ASSESSED);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void onlyTheLastSevenPointsSinceTheBaselineAreFitted() {
		Series series = Series.consecutive(2015, 1, 1, 1, 1, 1, 40, 41, 42, 43, 44, 45, 46, 47, 48);
		Assessment result = engine.assess(screening(70), series, 2028);
		assertThat(result.forecast().firstYear()).isEqualTo(2022);
		assertThat(result.forecast().points()).isEqualTo(7);
	}

}
