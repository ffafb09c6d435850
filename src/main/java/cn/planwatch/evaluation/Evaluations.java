package cn.planwatch.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.evaluation.EvaluationAudit.Action;
import cn.planwatch.evaluation.EvaluationSummary.DepartmentSummary;
import cn.planwatch.evaluation.EvaluationSummary.EntrySummary;
import cn.planwatch.evaluation.internal.EvaluationAuditRepository;
import cn.planwatch.evaluation.internal.EvaluationRepository;
import cn.planwatch.evaluation.internal.SelfAssessmentRepository;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;
import cn.planwatch.shared.Texts;

/**
 * The evaluation group's side: opening a mid-term or final evaluation of a plan — which gives every
 * department that leads a target a self-assessment with one entry per led target — and moving it
 * through the workflow: OPEN → UNDER_REVIEW → SUBMITTED_FOR_APPROVAL → APPROVED, or RETURNED by the
 * leadership group with a reason and submitted again. Every step is audited.
 */
@Service
public class Evaluations {

	private final EvaluationRepository evaluations;

	private final SelfAssessmentRepository selfAssessments;

	private final EvaluationAuditRepository audit;

	private final Plans plans;

	Evaluations(EvaluationRepository evaluations, SelfAssessmentRepository selfAssessments,
			EvaluationAuditRepository audit, Plans plans) {
		this.evaluations = evaluations;
		this.selfAssessments = selfAssessments;
		this.audit = audit;
		this.plans = plans;
	}

	/**
	 * Opens an evaluation of a published plan. Refused while another evaluation of the same plan
	 * and kind is not yet approved, for a year outside the plan's period, and for a plan without lead
	 * departments.
	 */
	@Transactional
	public Evaluation open(long planId, EvaluationKind kind, int assessmentYear, LocalDate deadline, String note,
			String user) {
		PlanSummary plan = plans.findSummary(planId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + planId + " 的规划。"));
		if (plan.status() != PlanStatus.PUBLISHED) {
			throw new InvalidInputException("plan", "规划《" + plan.title() + "》" + plan.status().label() + "，只能对现行规划开展评估。");
		}
		if (kind == null) {
			throw new InvalidInputException("kind", "请选择评估类型：中期评估或终期评估。");
		}
		if (assessmentYear < plan.periodStart() || assessmentYear > plan.periodEnd()) {
			throw new InvalidInputException("assessmentYear",
					"评估年度 " + assessmentYear + " 不在规划期 " + plan.period() + " 年之内。");
		}
		if (deadline == null) {
			throw new InvalidInputException("deadline", "请填写自评报告的截止日期。");
		}
		evaluations.running(planId, kind).ifPresent(running -> {
			throw alreadyRunning(plan, kind, running.status());
		});
		Map<Long, List<Long>> targetsByLead = new LinkedHashMap<>();
		targets(plans.get(planId)).values()
			.forEach(t -> targetsByLead.computeIfAbsent(t.leadDepartmentId(), k -> new ArrayList<>()).add(t.id()));
		if (targetsByLead.isEmpty()) {
			throw new InvalidInputException("plan",
					"规划《" + plan.title() + "》中没有指定牵头单位的目标，无法请成员单位自评：请先在规划中为目标指定牵头单位。");
		}
		long id;
		try {
			id = evaluations.insert(planId, plan.regionCode(), kind, assessmentYear, deadline, Texts.blankToNull(note), user);
		}
		catch (DuplicateKeyException ex) {
			throw alreadyRunning(plan, kind, EvaluationStatus.OPEN);
		}
		targetsByLead.forEach((department, targets) -> selfAssessments.insert(id, department, targets));
		audit.record(id, null, user, Action.OPEN, null);
		return get(id);
	}

	private static InvalidInputException alreadyRunning(PlanSummary plan, EvaluationKind kind, EvaluationStatus status) {
		return new InvalidInputException("kind", "规划《" + plan.title() + "》的" + kind.label() + "已在进行中（" + status.label()
				+ "），审定之前不能再开启一次。");
	}

	public Optional<Evaluation> find(long id) {
		return evaluations.find(id);
	}

	public Evaluation get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的评估。"));
	}

	/** The evaluations of plans of the regions, newest first. */
	public List<Evaluation> ofRegions(List<String> regionCodes) {
		return evaluations.ofRegions(regionCodes);
	}

	/** The evaluations with a self-assessment of the department, newest first. */
	public List<Evaluation> ofDepartment(long departmentId) {
		return evaluations.ofIds(selfAssessments.ofDepartment(departmentId)
			.stream()
			.map(SelfAssessment::evaluationId)
			.toList());
	}

	/** The evaluated plan's targets that have a lead department, by target id, in the plan's order. */
	public Map<Long, EvaluatedTarget> targets(Evaluation evaluation) {
		return targets(plans.get(evaluation.planId()));
	}

	private static Map<Long, EvaluatedTarget> targets(PlanDetail plan) {
		Map<Long, EvaluatedTarget> targets = new LinkedHashMap<>();
		for (Area area : plan.areas()) {
			for (Goal goal : area.goals()) {
				for (Target target : goal.targets()) {
					if (!target.leads().isEmpty()) {
						targets.put(target.id(), new EvaluatedTarget(target, area.name(), goal.number(),
								target.leads().get(0).departmentId()));
					}
				}
			}
		}
		return targets;
	}

	/** The evaluation group closes the writing phase and reviews; departments may still correct returned reports. */
	@Transactional
	public Evaluation startReview(long id, String user) {
		return move(get(id), Set.of(EvaluationStatus.OPEN), EvaluationStatus.UNDER_REVIEW, "开始评审", user, null,
				Action.START_REVIEW);
	}

	/** The evaluation group sends the result to the leadership group: every self-assessment must be accepted. */
	@Transactional
	public Evaluation submitForApproval(long id, String user) {
		Evaluation evaluation = get(id);
		Set<EvaluationStatus> from = Set.of(EvaluationStatus.UNDER_REVIEW, EvaluationStatus.RETURNED);
		String what = "报送领导小组审定";
		requireStatus(evaluation, from, what);
		List<String> pending = selfAssessments.ofEvaluation(id)
			.stream()
			.filter(s -> s.status() != SelfAssessmentStatus.ACCEPTED)
			.map(s -> s.departmentName() + "（" + s.status().label() + "）")
			.toList();
		if (!pending.isEmpty()) {
			throw new InvalidInputException("status",
					"以下单位的自评报告尚未评审通过，不能" + what + "：" + String.join("、", pending) + "。");
		}
		return move(evaluation, from, EvaluationStatus.SUBMITTED_FOR_APPROVAL, what, user, null,
				Action.SUBMIT_FOR_APPROVAL);
	}

	/** The leadership group approves the evaluation; it is final. */
	@Transactional
	public Evaluation approve(long id, String user) {
		return move(get(id), Set.of(EvaluationStatus.SUBMITTED_FOR_APPROVAL), EvaluationStatus.APPROVED, "审定通过", user,
				null, Action.APPROVE);
	}

	/** The leadership group returns the evaluation to the group with a reason. */
	@Transactional
	public Evaluation returnToGroup(long id, String reason, String user) {
		String why = SelfAssessmentRules.required(reason, "reason", "退回原因");
		return move(get(id), Set.of(EvaluationStatus.SUBMITTED_FOR_APPROVAL), EvaluationStatus.RETURNED, "退回", user,
				why, Action.RETURN_TO_GROUP);
	}

	private Evaluation move(Evaluation evaluation, Set<EvaluationStatus> from, EvaluationStatus to, String what,
			String user, String reason, Action action) {
		requireStatus(evaluation, from, what);
		if (!evaluations.changeStatus(evaluation.id(), evaluation.version(), to, user, reason)) {
			throw new EvaluationConflictException(evaluation.title() + "的状态已被他人更改，请刷新后重试。");
		}
		audit.record(evaluation.id(), null, user, action, reason);
		return get(evaluation.id());
	}

	private static void requireStatus(Evaluation evaluation, Set<EvaluationStatus> from, String what) {
		if (!from.contains(evaluation.status())) {
			throw new InvalidInputException("status", evaluation.title() + "当前为“" + evaluation.status().label() + "”，不能"
					+ what + "。");
		}
	}

	/** Every step taken in the evaluation, oldest first. */
	public List<EvaluationAudit> history(long id) {
		get(id);
		return audit.ofEvaluation(id);
	}

	/** The read model a report is written from. */
	public EvaluationSummary summary(long id) {
		Evaluation evaluation = get(id);
		Map<Long, EvaluatedTarget> targets = targets(evaluation);
		List<DepartmentSummary> departments = selfAssessments.ofEvaluation(id)
			.stream()
			.map(s -> new DepartmentSummary(s.id(), s.departmentId(), s.departmentName(), s.status(), s.score(),
					s.reviewComment(), s.summary(), s.entries().stream().map(e -> entry(e, targets.get(e.targetId()))).toList()))
			.toList();
		return new EvaluationSummary(evaluation, departments);
	}

	private static EntrySummary entry(SelfAssessment.Entry entry, EvaluatedTarget target) {
		return new EntrySummary(entry.targetId(), target == null ? null : target.target().indicatorCode(),
				target == null ? null : target.target().indicatorName(), target == null ? null : target.areaName(),
				target == null ? 0 : target.goalNumber(), entry.conclusion(), entry.progress(), entry.measures(),
				entry.problems(), entry.nextSteps(), entry.score(), entry.reviewComment(),
				entry.attachments().stream().map(Attachment::fileName).toList());
	}

}
