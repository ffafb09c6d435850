package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.EvaluationStatus;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.support.PlanWatchTest;

/** The demo's mid-term evaluation of 东林县's women's plan, with self-assessments in each state. */
@PlanWatchTest
class DemoEvaluationTest {

	static final String DONGLIN = "990121";

	@Autowired
	Evaluations evaluations;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	Plans plans;

	@Autowired
	Departments departments;

	private Evaluation demoEvaluation() {
		return evaluations.ofRegions(List.of(DONGLIN)).stream().filter(Evaluation::demo).findFirst().orElseThrow();
	}

	private SelfAssessment reportOf(Evaluation evaluation, String kind) {
		long department = departments.findByKind(DONGLIN, kind).orElseThrow().id();
		return selfAssessments.ofEvaluation(evaluation.id())
			.stream()
			.filter(s -> s.departmentId() == department)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void donglinsWomensPlanIsUnderMidTermEvaluationFor2025() {
		Evaluation evaluation = demoEvaluation();

		assertThat(evaluation.kind()).isEqualTo(EvaluationKind.MID_TERM);
		assertThat(evaluation.assessmentYear()).isEqualTo(2025);
		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.OPEN);
		assertThat(plans.findSummary(evaluation.planId()).orElseThrow().kind()).isEqualTo(PlanKind.WOMEN);
		assertThat(evaluation.note()).startsWith("演示数据");
	}

	@Test
	void oneReportIsSubmittedOneInDraftOneReturnedAndOneAccepted() {
		Evaluation evaluation = demoEvaluation();

		SelfAssessment health = reportOf(evaluation, "health");
		assertThat(health.status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
		assertThat(health.entries().get(0).attachments()).hasSize(1);
		SelfAssessment education = reportOf(evaluation, "education");
		assertThat(education.status()).isEqualTo(SelfAssessmentStatus.DRAFT);
		assertThat(education.filledEntries()).isPositive().isLessThan(education.entries().size());
		assertThat(reportOf(evaluation, "civil-affairs").status()).isEqualTo(SelfAssessmentStatus.RETURNED);
		assertThat(reportOf(evaluation, "civil-affairs").returnReason()).isNotBlank();
		assertThat(reportOf(evaluation, "womens-federation").status()).isEqualTo(SelfAssessmentStatus.ACCEPTED);
		Map<SelfAssessmentStatus, Long> byStatus = selfAssessments.ofEvaluation(evaluation.id())
			.stream()
			.collect(Collectors.groupingBy(SelfAssessment::status, Collectors.counting()));
		assertThat(byStatus.get(SelfAssessmentStatus.DRAFT)).as("the other departments have not started").isGreaterThan(10);
		assertThat(health.entries()).allMatch(e -> e.progress() != null && e.progress().startsWith("演示数据"));
	}

}
