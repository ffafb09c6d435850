package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.planwatch.assessment.engine.AssessmentMother.atLeastSeventyPercent;
import static cn.planwatch.assessment.engine.AssessmentMother.judged;
import static cn.planwatch.assessment.engine.AssessmentMother.measured;
import static cn.planwatch.assessment.engine.AssessmentMother.qualitative;
import static cn.planwatch.assessment.engine.AssessmentMother.qualitativeTarget;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Qualitative targets judged by hand: the judged status, who may be judged, and how judged targets count. */
class HandJudgementTest {

	private static final OffsetDateTime MARCH_FIRST = OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8));

	private final AssessmentEngine engine = new AssessmentEngine(Settings.defaults());

	@Test
	void judgedQualitativeTargetTakesTheJudgedStatusAndCarriesTheJudgement() {
		Judgement judgement = judged(AttainmentStatus.BASICALLY_ACHIEVED);
		Assessment result = qualitative("建立健全妇女权益保障机制", judgement);
		assertThat(result.status()).isEqualTo(AttainmentStatus.BASICALLY_ACHIEVED);
		assertThat(result.judgement()).isEqualTo(judgement);
		assertThat(result.isJudged()).isTrue();
		assertThat(result.progress()).isEqualTo(ProgressCategory.NOT_ASSESSED);
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void qualitativeTargetWithoutJudgementStaysQualitative() {
		Assessment result = qualitative("建立健全妇女权益保障机制", null);
		assertThat(result.status()).isEqualTo(AttainmentStatus.QUALITATIVE);
		assertThat(result.judgement()).isNull();
		assertThat(result.isJudged()).isFalse();
	}

	@Test
	void judgementOfAQuantitativeTargetIsRefused() {
		Series series = Series.of(Map.of(2023, 75.0));
		assertThatThrownBy(() -> engine.assess(atLeastSeventyPercent("宫颈癌筛查率"), series, 2023, judged(AttainmentStatus.ACHIEVED)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("宫颈癌筛查率")
			.hasMessageContaining("only applies to qualitative targets");
	}

	@Test
	void judgementIsAchievedBasicallyAchievedOrNotAchieved() {
		assertThatThrownBy(() -> judged(AttainmentStatus.NO_DATA)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> judged(AttainmentStatus.QUALITATIVE)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> judged(null)).isInstanceOf(NullPointerException.class);
		assertThat(judged(AttainmentStatus.NOT_ACHIEVED).status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
	}

	@Test
	void judgementNeedsAReasonAJudgeAndATime() {
		assertThatThrownBy(() -> new Judgement(AttainmentStatus.ACHIEVED, "办公室", MARCH_FIRST, " \t"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("reason");
		assertThatThrownBy(() -> new Judgement(AttainmentStatus.ACHIEVED, "办公室", MARCH_FIRST, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Judgement(AttainmentStatus.ACHIEVED, "", MARCH_FIRST, "已出台"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("who");
		assertThatThrownBy(() -> new Judgement(AttainmentStatus.ACHIEVED, "办公室", null, "已出台"))
			.isInstanceOf(NullPointerException.class);
	}

	@Test
	void assessmentRefusesAJudgementItsStatusContradicts() {
		assertThatThrownBy(() -> new Assessment(qualitativeTarget("机制"), 2023, null, null, AttainmentStatus.ACHIEVED,
				ProgressCategory.NOT_ASSESSED, null, null, null, List.of(), judged(AttainmentStatus.NOT_ACHIEVED)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void judgedQualitativeTargetsCountInTheCompositeRateAndUnjudgedOnesDoNot() {
		// quantitative (≥70 %, 基本实现 band 5 % × 70 = 3.5): 75 已实现; 67 基本实现 (short by 3); 60 未实现; no value 无数据
		// qualitative: one judged 已实现, one judged 未实现, one not judged
		// 已实现 1 + 1 = 2, 基本实现 1, 未实现 1 + 1 = 2, 无数据 1, 定性 (unjudged) 1, judged 2
		// numerator 2 + 1 = 3; denominator 3 + 2 = 5 → 60 %; with no-data targets in: 3/6 = 50 %
		List<Assessment> assessments = List.of(measured("甲", 75.0), measured("乙", 67.0), measured("丙", 60.0),
				measured("丁", null), qualitative("机制甲", judged(AttainmentStatus.ACHIEVED)),
				qualitative("机制乙", judged(AttainmentStatus.NOT_ACHIEVED)), qualitative("机制丙", null));

		CompositeRate rate = engine.composite(assessments);
		assertThat(rate.achieved()).isEqualTo(2);
		assertThat(rate.basicallyAchieved()).isEqualTo(1);
		assertThat(rate.notAchieved()).isEqualTo(2);
		assertThat(rate.noData()).isEqualTo(1);
		assertThat(rate.qualitative()).isEqualTo(1);
		assertThat(rate.judged()).isEqualTo(2);
		assertThat(rate.numerator()).isEqualTo(3);
		assertThat(rate.denominator()).isEqualTo(5);
		assertThat(rate.rate()).isEqualTo(0.6);
		assertThat(rate.describe()).isEqualTo("综合达标率60%（3/5）；分母为可监测的量化目标数（不含无数据目标）；"
				+ "定性目标经人工评判后计入（2项），未经评判的不计入；基本实现：差距不超过目标值的5%");

		CompositeRate including = new AssessmentEngine(
				Settings.defaults().withDenominatorRule(DenominatorRule.INCLUDE_NO_DATA)).composite(assessments);
		assertThat(including.rate()).isEqualTo(0.5);
		assertThat(including.describe()).startsWith("综合达标率50%（3/6）；分母为全部量化目标数（含无数据目标）；定性目标经人工评判后计入（2项）");
	}

	@Test
	void withoutJudgementsTheRateAndItsRuleAreThoseOfTheQuantitativeTargets() {
		// the same targets unjudged: 2 of 3 monitorable (75, 67 of 75, 67, 60) → 66.7 %, three 定性 left out
		List<Assessment> assessments = List.of(measured("甲", 75.0), measured("乙", 67.0), measured("丙", 60.0),
				qualitative("机制甲", null), qualitative("机制乙", null), qualitative("机制丙", null));
		CompositeRate rate = engine.composite(assessments);
		assertThat(rate.judged()).isZero();
		assertThat(rate.qualitative()).isEqualTo(3);
		assertThat(rate.describe())
			.isEqualTo("综合达标率66.7%（2/3）；分母为可监测的量化目标数（不含无数据目标和定性目标）；基本实现：差距不超过目标值的5%");
	}

}
