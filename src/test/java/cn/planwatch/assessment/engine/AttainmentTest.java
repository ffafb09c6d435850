package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class AttainmentTest {

	private static final Settings DEFAULTS = Settings.defaults();

	private static final TargetSpec MATERNAL_MORTALITY = TargetSpec.builder("孕产妇死亡率")
		.unit("/10万")
		.target(Direction.AT_MOST, 20.0)
		.baseline(2010, 30.0)
		.targetYear(2020)
		.bounds(Bounds.NON_NEGATIVE)
		.build();

	private static final TargetSpec SCREENING = TargetSpec.builder("常见病筛查率")
		.unit("%")
		.target(Direction.AT_LEAST, 80.0)
		.baseline(2010, 60.0)
		.targetYear(2020)
		.bounds(Bounds.PERCENT)
		.build();

	/** So many 已实现, 基本实现, 未实现, 无数据 and 定性目标 statuses, in that order. */
	private static List<AttainmentStatus> statuses(int achieved, int basically, int notAchieved, int noData,
			int qualitative) {
		List<AttainmentStatus> statuses = new ArrayList<>(Collections.nCopies(achieved, AttainmentStatus.ACHIEVED));
		statuses.addAll(Collections.nCopies(basically, AttainmentStatus.BASICALLY_ACHIEVED));
		statuses.addAll(Collections.nCopies(notAchieved, AttainmentStatus.NOT_ACHIEVED));
		statuses.addAll(Collections.nCopies(noData, AttainmentStatus.NO_DATA));
		statuses.addAll(Collections.nCopies(qualitative, AttainmentStatus.QUALITATIVE));
		return statuses;
	}

	private static AttainmentStatus judge(TargetSpec target, Double value, Settings settings) {
		return Attainment.judge(target, new Baseline(target.baselineYear(), target.baselineValue()), value, settings);
	}

	@Test
	void twentyPointOneAgainstAtMostTwentyIsBasicallyAchievedWithinFivePercent() {
		// shortfall 20.1 − 20 = 0.1 ≤ 5 % × 20 = 1 → 基本实现 (the NBS 2016 mid-term label)
		assertThat(judge(MATERNAL_MORTALITY, 20.1, DEFAULTS)).isEqualTo(AttainmentStatus.BASICALLY_ACHIEVED);
		// shortfall 1.5 > 1 → 未实现
		assertThat(judge(MATERNAL_MORTALITY, 21.5, DEFAULTS)).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(judge(MATERNAL_MORTALITY, 20.0, DEFAULTS)).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(judge(MATERNAL_MORTALITY, 3.0, DEFAULTS)).isEqualTo(AttainmentStatus.ACHIEVED);
	}

	@Test
	void toleranceKindDecidesWhetherSeventyFivePointFiveAgainstEightyIsBasicallyAchieved() {
		// shortfall 80 − 75.5 = 4.5: relative 5 % allows 4 → 未实现; 5 percentage points allow 5 → 基本实现
		assertThat(judge(SCREENING, 75.5, DEFAULTS)).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(judge(SCREENING, 75.5, DEFAULTS.withTolerance(ToleranceKind.ABSOLUTE, 5)))
			.isEqualTo(AttainmentStatus.BASICALLY_ACHIEVED);
		assertThat(DEFAULTS.withTolerance(ToleranceKind.ABSOLUTE, 5).toleranceText()).isEqualTo("差距不超过5个单位");
		assertThat(DEFAULTS.toleranceText()).isEqualTo("差距不超过目标值的5%");
	}

	@Test
	void missingValueIsNoDataAndQualitativeTargetIsJudgedByHand() {
		TargetSpec mechanism = TargetSpec.builder("建立健全妇女权益保障机制").target(Direction.QUALITATIVE, null).build();
		assertThat(judge(SCREENING, null, DEFAULTS)).isEqualTo(AttainmentStatus.NO_DATA);
		assertThat(Attainment.judge(mechanism, null, 1.0, DEFAULTS)).isEqualTo(AttainmentStatus.QUALITATIVE);
	}

	@Test
	void directionalTargetMustBeatTheBaselineWithoutTolerance() {
		TargetSpec rising = TargetSpec.builder("女性参政比例").unit("%").target(Direction.INCREASE, null).baseline(2020, 50.0).build();
		assertThat(judge(rising, 50.5, DEFAULTS)).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(judge(rising, 50.0, DEFAULTS)).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(judge(rising, 49.9, DEFAULTS)).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
	}

	@Test
	void eliminationMeansZeroAndStrictTargetsNeedToPassTheValue() {
		TargetSpec eliminate = TargetSpec.builder("新生儿破伤风").target(Direction.ELIMINATE, null).bounds(Bounds.NON_NEGATIVE).build();
		assertThat(Attainment.judge(eliminate, null, 0.0, DEFAULTS)).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(Attainment.judge(eliminate, null, 1.0, DEFAULTS)).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		TargetSpec above = TargetSpec.builder("比例").target(Direction.ABOVE, 95.0).build();
		assertThat(Attainment.judge(above, null, 95.0, DEFAULTS)).isEqualTo(AttainmentStatus.BASICALLY_ACHIEVED);
		assertThat(Attainment.judge(above, null, 95.1, DEFAULTS)).isEqualTo(AttainmentStatus.ACHIEVED);
	}

	@Test
	void directionContradictingPolarityIsRefused() {
		assertThatThrownBy(() -> TargetSpec.builder("x").target(Direction.AT_LEAST, 1.0).polarity(Polarity.LOWER).build())
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void compositeRateReproducesTheNationalMidTermFigureAndPrintsItsRule() {
		// 40 已实现 + 4 基本实现 = 44 of 54 monitorable (10 未实现) → 44/54 = 81.5 %; 2 无数据, 3 定性 left out
		List<AttainmentStatus> statuses = statuses(40, 4, 10, 2, 3);

		CompositeRate excluding = CompositeRate.of(statuses, DEFAULTS);
		assertThat(excluding.numerator()).isEqualTo(44);
		assertThat(excluding.denominator()).isEqualTo(54);
		assertThat(excluding.describe())
			.isEqualTo("综合达标率81.5%（44/54）；分母为可监测的量化目标数（不含无数据目标和定性目标）；基本实现：差距不超过目标值的5%");

		// no-data targets kept in (the note reads Jinchuan County so; its figure says otherwise, see below) → 44/56 = 78.6 %
		CompositeRate including = CompositeRate.of(statuses, DEFAULTS.withDenominatorRule(DenominatorRule.INCLUDE_NO_DATA));
		assertThat(including.denominator()).isEqualTo(56);
		assertThat(including.describe()).startsWith("综合达标率78.6%（44/56）；分母为全部量化目标数（含无数据目标");
	}

	@Test
	void jinchuanCountysNinetySixPercentIsReproducedWithNoDataTargetsLeftOut() {
		// methods note: 94 indicators, 4 not met, 2 no data → "达标率96%"; so 94 − 4 − 2 = 88 met
		// no-data targets left out: 88/(88 + 4) = 88/92 = 95.65 % → "95.7%", the county's 96 % to a whole percent
		// no-data targets kept in: 88/94 = 93.6 %, which would not print as 96 %
		// (the note's own reading, 90/94, would need the 2 no-data targets counted as met)
		List<AttainmentStatus> statuses = statuses(88, 0, 4, 2, 0);

		CompositeRate excluding = CompositeRate.of(statuses, DEFAULTS);
		assertThat(excluding.describe()).startsWith("综合达标率95.7%（88/92）");
		assertThat(Math.round(excluding.rate() * 100)).isEqualTo(96);

		CompositeRate including = CompositeRate.of(statuses, DEFAULTS.withDenominatorRule(DenominatorRule.INCLUDE_NO_DATA));
		assertThat(including.describe()).startsWith("综合达标率93.6%（88/94）");
	}

	@Test
	void compositeRateOfOnlyQualitativeTargetsCannotBeComputed() {
		CompositeRate rate = CompositeRate.of(List.of(AttainmentStatus.QUALITATIVE), DEFAULTS);
		assertThat(rate.rate()).isNull();
		assertThat(rate.describe()).startsWith("综合达标率无法计算（0/0）");
	}

}
