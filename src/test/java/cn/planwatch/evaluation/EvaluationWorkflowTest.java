package cn.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** An evaluation on the real database: opening it, the group's and the leadership's workflow, the audit and the read model. */
@PlanWatchTest
class EvaluationWorkflowTest {

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

	TestCounty county;

	long plan;

	@BeforeEach
	void countyWithAPlan() {
		county = TestRegions.newCounty(regions, departments, users);
		plan = TestPlans.publishWomensPlan(plans, county);
	}

	private Evaluation open() {
		return TestEvaluations.openMidTerm(evaluations, plan, county);
	}

	private SelfAssessment report(Evaluation evaluation, String kind) {
		return TestEvaluations.reportOf(selfAssessments, evaluation, county, kind);
	}

	/** Both lead departments submit and the group accepts both with a score. */
	private void everyReportAccepted(Evaluation evaluation) {
		for (String kind : List.of("health", "education")) {
			SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, report(evaluation, kind), kind);
			review.accept(submitted.id(), new Scoring(BigDecimal.valueOf(90), "好", List.of()), submitted.version(), "office");
		}
	}

	@Test
	void openingGivesEachLeadDepartmentOneEntryPerLedTargetAndAssistingDepartmentsNothing() {
		Evaluation evaluation = open();

		List<Long> healthTargets = plans.get(plan)
			.targets()
			.filter(t -> t.leads().get(0).departmentId() == county.departments().get("health"))
			.map(Target::id)
			.toList();
		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.OPEN);
		assertThat(evaluation.opened().by()).isEqualTo(county.office());
		assertThat(selfAssessments.ofEvaluation(evaluation.id())).extracting(SelfAssessment::departmentId)
			.containsExactlyInAnyOrder(county.departments().get("health"), county.departments().get("education"));
		assertThat(TestEvaluations.targetIds(report(evaluation, "health"))).containsExactlyElementsOf(healthTargets);
		assertThat(report(evaluation, "education").entries()).hasSize(1);
		assertThat(selfAssessments.ofEvaluation(evaluation.id()))
			.allMatch(s -> s.status() == SelfAssessmentStatus.DRAFT && s.version() == 0);
		assertThat(evaluations.history(evaluation.id())).extracting(EvaluationAudit::action)
			.containsExactly(EvaluationAudit.Action.OPEN);
	}

	@Test
	void aSecondEvaluationOfTheSamePlanAndKindIsRefusedWhileTheFirstIsNotApproved() {
		open();

		assertThatThrownBy(this::open).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("中期评估已在进行中")
			.hasMessageContaining("单位自评中");
		Evaluation last = evaluations.open(plan, EvaluationKind.FINAL, 2030, LocalDate.now().plusMonths(1), null, "office");
		assertThat(last.kind()).isEqualTo(EvaluationKind.FINAL);
	}

	@Test
	void anEvaluationNeedsAYearWithinThePlanPeriodAndADeadline() {
		assertThatThrownBy(() -> evaluations.open(plan, EvaluationKind.MID_TERM, 2019, LocalDate.now(), null, "office"))
			.hasMessageContaining("评估年度 2019 不在规划期 2021—2030 年之内");
		assertThatThrownBy(() -> evaluations.open(plan, EvaluationKind.MID_TERM, 2025, null, null, "office"))
			.hasMessageContaining("请填写自评报告的截止日期");
		assertThat(evaluations.ofRegions(List.of(county.code()))).isEmpty();
	}

	@Test
	void theGroupSendsForApprovalOnlyOnceEveryReportIsAcceptedAndNamesThoseThatAreNot() {
		Evaluation evaluation = open();
		evaluations.startReview(evaluation.id(), "office");
		SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, report(evaluation, "health"), "health");

		assertThatThrownBy(() -> evaluations.submitForApproval(evaluation.id(), "office"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(county.departmentName("health") + "（已提交，待评审）")
			.hasMessageContaining(county.departmentName("education") + "（填写中）");
		assertThat(evaluations.get(evaluation.id()).status()).isEqualTo(EvaluationStatus.UNDER_REVIEW);
		assertThat(submitted.status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
	}

	@Test
	void theLeadershipReturnsWithAReasonAndApprovesTheResubmittedEvaluationWhichLocksTheReports() {
		Evaluation evaluation = open();
		everyReportAccepted(evaluation);
		evaluations.startReview(evaluation.id(), "office");
		evaluations.submitForApproval(evaluation.id(), "office");

		assertThatThrownBy(() -> evaluations.returnToGroup(evaluation.id(), "  ", "leader"))
			.hasMessageContaining("请填写退回原因");
		Evaluation returned = evaluations.returnToGroup(evaluation.id(), "未实现目标的原因分析不够具体", "leader");
		assertThat(returned.status()).isEqualTo(EvaluationStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("未实现目标的原因分析不够具体");
		assertThat(returned.returned().by()).isEqualTo("leader");

		evaluations.submitForApproval(evaluation.id(), "office");
		Evaluation approved = evaluations.approve(evaluation.id(), "leader");

		assertThat(approved.status()).isEqualTo(EvaluationStatus.APPROVED);
		assertThat(approved.approved().by()).isEqualTo("leader");
		assertThat(approved.reviewStarted().by()).isEqualTo("office");
		SelfAssessment health = report(evaluation, "health");
		assertThatThrownBy(() -> review.returnToDepartment(health.id(), "再改改", health.version(), "office"))
			.hasMessageContaining("已审定，自评报告不能再修改或评审");
		assertThat(evaluations.history(evaluation.id())).extracting(EvaluationAudit::action)
			.containsSubsequence(EvaluationAudit.Action.OPEN, EvaluationAudit.Action.SUBMIT, EvaluationAudit.Action.ACCEPT,
					EvaluationAudit.Action.START_REVIEW, EvaluationAudit.Action.SUBMIT_FOR_APPROVAL,
					EvaluationAudit.Action.RETURN_TO_GROUP, EvaluationAudit.Action.SUBMIT_FOR_APPROVAL,
					EvaluationAudit.Action.APPROVE);
		assertThat(evaluations.history(evaluation.id()))
			.filteredOn(a -> a.action() == EvaluationAudit.Action.RETURN_TO_GROUP)
			.extracting(EvaluationAudit::reason, EvaluationAudit::byUser)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("未实现目标的原因分析不够具体", "leader"));
		assertThat(open().status()).as("a new mid-term evaluation once the first is approved").isEqualTo(EvaluationStatus.OPEN);
	}

	@Test
	void stepsOutOfOrderAreRefusedWithTheCurrentStatus() {
		Evaluation evaluation = open();

		assertThatThrownBy(() -> evaluations.approve(evaluation.id(), "leader")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("当前为“单位自评中”，不能审定通过");
		assertThatThrownBy(() -> evaluations.submitForApproval(evaluation.id(), "office"))
			.hasMessageContaining("不能报送领导小组审定");
		evaluations.startReview(evaluation.id(), "office");
		assertThatThrownBy(() -> evaluations.startReview(evaluation.id(), "office"))
			.hasMessageContaining("当前为“评估组评审中”，不能开始评审");
	}

	@Test
	void theSummaryGivesEachDepartmentsScoreTextsAndTheTargetsItIsAbout() {
		Evaluation evaluation = open();
		SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, report(evaluation, "health"), "health");
		long screening = plans.get(plan).targets().filter(t -> "W-1-04".equals(t.indicatorCode())).findFirst().orElseThrow().id();
		review.score(submitted.id(), new Scoring(new BigDecimal("86.5"), "措施具体",
				List.of(new Scoring.EntryScore(screening, BigDecimal.valueOf(80), "筛查率口径需统一"))), submitted.version(),
				"office");

		EvaluationSummary summary = evaluations.summary(evaluation.id());

		EvaluationSummary.DepartmentSummary health = summary.departments()
			.stream()
			.filter(d -> d.departmentId() == county.departments().get("health"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.evaluation().id()).isEqualTo(evaluation.id());
		assertThat(health.status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
		assertThat(health.score()).isEqualByComparingTo("86.5");
		assertThat(health.comment()).isEqualTo("措施具体");
		assertThat(health.summary()).isEqualTo("总体进展顺利。");
		assertThat(health.entries()).extracting(EvaluationSummary.EntrySummary::indicatorName)
			.containsExactly("孕产妇死亡率", "宫颈癌筛查率");
		EvaluationSummary.EntrySummary entry = health.entries().get(1);
		assertThat(entry.conclusion()).isEqualTo(Conclusion.ACHIEVED);
		assertThat(entry.areaName()).isEqualTo("妇女与健康");
		assertThat(entry.score()).isEqualByComparingTo("80");
		assertThat(entry.comment()).isEqualTo("筛查率口径需统一");
	}

}
