package cn.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** A department's self-assessment: drafts with versions, submitting, the group's return, scoring and acceptance. */
@PlanWatchTest
class SelfAssessmentTest {

	@Autowired
	Evaluations evaluations;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	SelfAssessmentReview review;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	Evaluation evaluation;

	SelfAssessment health;

	long maternal;

	long screening;

	@BeforeEach
	void openEvaluation() {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		long plan = TestPlans.publishWomensPlan(plans, county);
		evaluation = TestEvaluations.openMidTerm(evaluations, plan, county);
		health = TestEvaluations.reportOf(selfAssessments, evaluation, county, "health");
		maternal = health.entries().get(0).targetId();
		screening = health.entries().get(1).targetId();
	}

	private static Draft.EntryDraft entry(long targetId, Conclusion conclusion, String progress) {
		return new Draft.EntryDraft(targetId, conclusion, progress, "措施", null, null);
	}

	@Test
	void aSavedDraftKeepsTheTextsAndItsVersionGrows() {
		SelfAssessment saved = selfAssessments.saveDraft(health.id(),
				new Draft("  总体良好  ", List.of(entry(maternal, Conclusion.MOSTLY_ACHIEVED, "2025 年为 12.5/10万。"))), 0, "alice");

		assertThat(saved.version()).isEqualTo(1);
		assertThat(saved.summary()).isEqualTo("总体良好");
		assertThat(saved.updatedBy()).isEqualTo("alice");
		assertThat(saved.entry(maternal).conclusion()).isEqualTo(Conclusion.MOSTLY_ACHIEVED);
		assertThat(saved.entry(maternal).measures()).isEqualTo("措施");
		assertThat(saved.entry(screening).conclusion()).as("an entry not in the draft stays as it was").isNull();
		assertThat(saved.filledEntries()).isEqualTo(1);
	}

	@Test
	void aSecondEditorWorkingFromAnOldVersionGetsAConflictNotALostUpdate() {
		selfAssessments.saveDraft(health.id(), new Draft("甲的总结", List.of()), 0, "alice");

		assertThatThrownBy(() -> selfAssessments.saveDraft(health.id(), new Draft("乙的总结", List.of()), 0, "bob"))
			.isInstanceOf(EvaluationConflictException.class)
			.hasMessageContaining("已被 alice")
			.hasMessageContaining("请刷新后再修改");
		assertThat(selfAssessments.get(health.id()).summary()).isEqualTo("甲的总结");
	}

	@Test
	void submittingNamesEveryTargetThatStillLacksAConclusionOrProgress() {
		SelfAssessment saved = selfAssessments.saveDraft(health.id(),
				new Draft(null, List.of(entry(maternal, Conclusion.ACHIEVED, "已实现"), entry(screening, null, " "))), 0, "alice");

		assertThatThrownBy(() -> selfAssessments.submit(health.id(), saved.version(), "alice"))
			.isInstanceOfSatisfying(IncompleteSelfAssessmentException.class, ex -> assertThat(ex.problems())
				.containsExactly("“宫颈癌筛查率”（妇女与健康 第 1 条目标）：请选择自评结论。", "“宫颈癌筛查率”（妇女与健康 第 1 条目标）：请填写完成情况。"))
			.hasMessageContaining("还有 2 处未填写");
		assertThat(selfAssessments.get(health.id()).status()).isEqualTo(SelfAssessmentStatus.DRAFT);
	}

	@Test
	void aSubmittedReportIsLockedUntilTheGroupReturnsItWithAReason() {
		SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, health, "alice");

		assertThat(submitted.status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
		assertThat(submitted.submitted().by()).isEqualTo("alice");
		assertThatThrownBy(() -> selfAssessments.saveDraft(health.id(), new Draft("改", List.of()), submitted.version(), "alice"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("已提交，待评审，不能再修改");
		assertThatThrownBy(() -> review.returnToDepartment(health.id(), "", submitted.version(), "office"))
			.hasMessageContaining("请填写退回原因");

		SelfAssessment returned = review.returnToDepartment(health.id(), "请补充农村地区数据", submitted.version(), "office");

		assertThat(returned.status()).isEqualTo(SelfAssessmentStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("请补充农村地区数据");
		SelfAssessment corrected = selfAssessments.saveDraft(health.id(),
				new Draft("已补充", List.of(entry(maternal, Conclusion.ACHIEVED, "城乡均已实现"))), returned.version(), "alice");
		assertThat(selfAssessments.submit(health.id(), corrected.version(), "alice").status())
			.isEqualTo(SelfAssessmentStatus.SUBMITTED);
	}

	@Test
	void acceptingNeedsAScoreFromZeroToAHundredWithAtMostOneDecimal() {
		SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, health, "alice");
		int version = submitted.version();

		assertThatThrownBy(() -> review.accept(health.id(), null, version, "office")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("请先为")
			.hasMessageContaining("评分（0—100）");
		assertThatThrownBy(() -> review.accept(health.id(), new Scoring(BigDecimal.valueOf(101), null, List.of()), version, "office"))
			.hasMessageContaining("的评分须在 0 到 100 之间，现为 101");
		assertThatThrownBy(() -> review.accept(health.id(),
				new Scoring(BigDecimal.valueOf(90), null, List.of(new Scoring.EntryScore(screening, new BigDecimal("-1"), null))),
				version, "office"))
			.hasMessageContaining("“宫颈癌筛查率”（妇女与健康 第 1 条目标）的评分须在 0 到 100 之间");
		assertThatThrownBy(() -> review.accept(health.id(), new Scoring(new BigDecimal("85.25"), null, List.of()), version, "office"))
			.hasMessageContaining("最多保留一位小数");

		SelfAssessment accepted = review.accept(health.id(), new Scoring(new BigDecimal("85.5"), "分析到位", List.of()), version,
				"office");

		assertThat(accepted.status()).isEqualTo(SelfAssessmentStatus.ACCEPTED);
		assertThat(accepted.score()).isEqualByComparingTo("85.5");
		assertThat(accepted.accepted().by()).isEqualTo("office");
		assertThat(accepted.reviewed().by()).isEqualTo("office");
	}

	@Test
	void theGroupActsOnASubmittedReportOnlyAndOnTheVersionItSaw() {
		assertThatThrownBy(() -> review.score(health.id(), new Scoring(BigDecimal.TEN, null, List.of()), 0, "office"))
			.hasMessageContaining("填写中，不能评分");
		SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, health, "alice");
		review.score(health.id(), new Scoring(BigDecimal.valueOf(70), null, List.of()), submitted.version(), "office");

		assertThatThrownBy(() -> review.accept(health.id(), null, submitted.version(), "office2"))
			.isInstanceOf(EvaluationConflictException.class)
			.hasMessageContaining("已被 office");
	}

	@Test
	void aDraftIsRefusedForATargetTheDepartmentDoesNotLeadOrATextThatIsTooLong() {
		assertThatThrownBy(() -> selfAssessments.saveDraft(health.id(),
				new Draft(null, List.of(entry(-1, Conclusion.ACHIEVED, "x"))), 0, "alice"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("不在")
			.hasMessageContaining("自评范围内");
		String tooLong = "字".repeat(10_001);
		assertThatThrownBy(() -> selfAssessments.saveDraft(health.id(),
				new Draft(null, List.of(entry(screening, Conclusion.ACHIEVED, tooLong))), 0, "alice"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("progress"))
			.hasMessageContaining("“宫颈癌筛查率”（妇女与健康 第 1 条目标）的“完成情况”超过 10000 字");
		assertThat(selfAssessments.get(health.id()).version()).isZero();
	}

}
