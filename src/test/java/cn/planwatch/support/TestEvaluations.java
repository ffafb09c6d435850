package cn.planwatch.support;

import java.time.LocalDate;
import java.util.List;

import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * A mid-term evaluation of a test county's women's plan ({@link TestPlans}): health leads two
 * targets, education one; the deadline lies ahead.
 */
public final class TestEvaluations {

	public static final LocalDate DEADLINE = LocalDate.now().plusMonths(1);

	private TestEvaluations() {
	}

	public static Evaluation openMidTerm(Evaluations evaluations, long planId, TestCounty county) {
		return evaluations.open(planId, EvaluationKind.MID_TERM, 2025, DEADLINE, null, county.office());
	}

	/** The self-assessment of the county's department of {@code kind}. */
	public static SelfAssessment reportOf(SelfAssessments selfAssessments, Evaluation evaluation, TestCounty county,
			String kind) {
		long department = county.departments().get(kind);
		return selfAssessments.ofEvaluation(evaluation.id())
			.stream()
			.filter(s -> s.departmentId() == department)
			.findFirst()
			.orElseThrow();
	}

	/** A draft that answers every entry of the report, as submitting needs. */
	public static Draft complete(SelfAssessment report) {
		return new Draft("总体进展顺利。", report.entries()
			.stream()
			.map(e -> new Draft.EntryDraft(e.targetId(), Conclusion.ACHIEVED, "2025 年已达到目标。", "建立季度调度机制。",
					"城乡不均衡。", "继续推进。"))
			.toList());
	}

	/** Fills in and submits the report as its department's reporter; returns it as submitted. */
	public static SelfAssessment submitComplete(SelfAssessments selfAssessments, SelfAssessment report, String user) {
		SelfAssessment saved = selfAssessments.saveDraft(report.id(), complete(report), report.version(), user);
		return selfAssessments.submit(report.id(), saved.version(), user);
	}

	public static List<Long> targetIds(SelfAssessment report) {
		return report.entries().stream().map(SelfAssessment.Entry::targetId).toList();
	}

}
