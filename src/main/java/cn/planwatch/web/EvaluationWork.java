package cn.planwatch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationStatus;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.region.Region;

/**
 * The evaluation work on the start page: a department's self-assessment to write or correct; the
 * commission office's submitted reports to review, a returned evaluation to rework, or one ready to
 * send for approval; the leadership group's evaluations awaiting approval.
 */
@Component
class EvaluationWork {

	private final Evaluations evaluations;

	private final SelfAssessments selfAssessments;

	private final AccessPolicy access;

	EvaluationWork(Evaluations evaluations, SelfAssessments selfAssessments, AccessPolicy access) {
		this.evaluations = evaluations;
		this.selfAssessments = selfAssessments;
		this.access = access;
	}

	List<WorkItem> of(PlanWatchUser me, LocalDate today) {
		List<WorkItem> items = new ArrayList<>();
		if (me.departmentId() != null) {
			Map<Long, Evaluation> evaluationOf = evaluations.ofDepartment(me.departmentId())
				.stream()
				.collect(Collectors.toMap(Evaluation::id, e -> e));
			for (SelfAssessment report : selfAssessments.ofDepartment(me.departmentId())) {
				Evaluation evaluation = evaluationOf.get(report.evaluationId());
				if (evaluation.status().inProgress() && report.status().editable()) {
					boolean returned = report.status() == SelfAssessmentStatus.RETURNED;
					String what = returned ? "已退回，请修改后重新提交：" + withoutFullStop(report.returnReason())
							: "填写中，已填 " + report.filledEntries() + "/" + report.entries().size() + " 个目标";
					items.add(new WorkItem(evaluation.title() + "：本单位自评报告", what + "；截止 " + evaluation.deadline(),
							"/self-assessments/" + report.id(), returned || evaluation.overdue(today)));
				}
			}
		}
		List<Region> visible = access.visibleRegions(me);
		List<String> run = visible.stream().filter(r -> access.canRunEvaluations(me, r)).map(Region::code).toList();
		for (Evaluation evaluation : evaluations.ofRegions(run)) {
			groupWork(evaluation, today).ifPresent(items::add);
		}
		List<String> approve = visible.stream().filter(r -> access.canApproveEvaluations(me, r)).map(Region::code).toList();
		evaluations.ofRegions(approve)
			.stream()
			.filter(e -> e.status() == EvaluationStatus.SUBMITTED_FOR_APPROVAL)
			.forEach(e -> items.add(new WorkItem(e.title() + "：待领导小组审定", "评估组已于 "
					+ e.submittedForApproval().at().toLocalDate() + " 报送", "/evaluations/" + e.id(), false)));
		return items;
	}

	private Optional<WorkItem> groupWork(Evaluation evaluation, LocalDate today) {
		if (!evaluation.status().inProgress()) {
			return Optional.empty();
		}
		String href = "/evaluations/" + evaluation.id();
		if (evaluation.status() == EvaluationStatus.RETURNED) {
			return Optional.of(new WorkItem(evaluation.title() + "：领导小组已退回",
					"退回原因：" + evaluation.returnReason(), href, true));
		}
		List<SelfAssessment> reports = selfAssessments.ofEvaluation(evaluation.id());
		long waiting = reports.stream().filter(s -> s.status() == SelfAssessmentStatus.SUBMITTED).count();
		if (waiting > 0) {
			return Optional.of(new WorkItem(evaluation.title() + "：" + waiting + " 份自评报告待评审",
					"截止 " + evaluation.deadline(), href, evaluation.overdue(today)));
		}
		if (evaluation.status() == EvaluationStatus.UNDER_REVIEW
				&& reports.stream().allMatch(s -> s.status() == SelfAssessmentStatus.ACCEPTED)) {
			return Optional.of(new WorkItem(evaluation.title() + "：全部自评报告已评审通过", "可报送领导小组审定", href, false));
		}
		return Optional.empty();
	}

	private static String withoutFullStop(String text) {
		return text != null && text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
	}

}
