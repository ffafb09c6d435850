package cn.planwatch.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationConflictException;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * Mid-term and final evaluations: the list and the form to open one (the commission office), a
 * reporter's own self-assessments, and an evaluation's dashboard of departments × status with the
 * evaluation group's and the leadership group's workflow buttons.
 */
@Controller
class EvaluationController {

	private final Evaluations evaluations;

	private final SelfAssessments selfAssessments;

	private final Plans plans;

	private final Regions regions;

	private final Departments departments;

	private final AccessPolicy access;

	private final Clock clock;

	EvaluationController(Evaluations evaluations, SelfAssessments selfAssessments, Plans plans, Regions regions,
			Departments departments, AccessPolicy access, Optional<Clock> clock) {
		this.evaluations = evaluations;
		this.selfAssessments = selfAssessments;
		this.plans = plans;
		this.regions = regions;
		this.departments = departments;
		this.access = access;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@GetMapping("/evaluations")
	String list(@AuthenticationPrincipal PlanWatchUser me, @RequestParam(required = false) Long plan, Model model) {
		if (me.departmentId() != null) {
			return mine(me, model);
		}
		return show(me, model, plan, null);
	}

	@PostMapping("/evaluations")
	String open(@AuthenticationPrincipal PlanWatchUser me, @RequestParam long planId, @RequestParam String kind,
			@RequestParam String assessmentYear, @RequestParam String deadline,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PlanSummary plan = plans.findSummary(planId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + planId + " 的规划。"));
		Region region = regions.get(plan.regionCode());
		access.requireEvaluationManagement(me, region);
		try {
			Evaluation evaluation = evaluations.open(planId, kind(kind),
					FormValues.year(assessmentYear, "assessmentYear", "评估年度"),
					FormValues.date(deadline, "deadline", "截止日期"), note, me.getUsername());
			redirect.addFlashAttribute("saved", "已开启" + evaluation.title() + "，请 "
					+ selfAssessments.ofEvaluation(evaluation.id()).size() + " 个牵头单位在 " + evaluation.deadline()
					+ " 前提交自评报告。");
			return "redirect:/evaluations/" + evaluation.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(me, model, planId, ex.getMessage());
		}
	}

	@GetMapping("/evaluations/{id}")
	String evaluation(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		Evaluation evaluation = evaluations.get(id);
		Region region = regions.get(evaluation.regionCode());
		access.requireEvaluationRead(me, region);
		LocalDate today = LocalDate.now(clock);
		List<SelfAssessment> reports = selfAssessments.ofEvaluation(id);
		Map<String, Long> byStatus = reports.stream()
			.collect(Collectors.groupingBy(s -> s.status().name(), Collectors.counting()));
		List<BigDecimal> scores = reports.stream().map(SelfAssessment::score).filter(s -> s != null).toList();
		long done = reports.stream()
			.filter(s -> s.status() == SelfAssessmentStatus.SUBMITTED || s.status() == SelfAssessmentStatus.ACCEPTED)
			.count();
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("region", region);
		model.addAttribute("reports", reports);
		model.addAttribute("statuses", SelfAssessmentStatus.values());
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("submittedPercent", reports.isEmpty() ? 0 : Math.round(100.0 * done / reports.size()));
		model.addAttribute("submittedCount", done);
		model.addAttribute("averageScore", scores.isEmpty() ? null
				: scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP));
		model.addAttribute("allAccepted", reports.stream().allMatch(s -> s.status() == SelfAssessmentStatus.ACCEPTED));
		model.addAttribute("canRun", access.canRunEvaluations(me, region));
		model.addAttribute("canApprove", access.canApproveEvaluations(me, region));
		model.addAttribute("history", evaluations.history(id));
		model.addAttribute("today", today);
		return "evaluations/evaluation";
	}

	@PostMapping("/evaluations/{id}/start-review")
	String startReview(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		access.requireEvaluationManagement(me, regionOf(id));
		return step(id, redirect, () -> evaluations.startReview(id, me.getUsername()), "已结束自评，评估组开始评审。");
	}

	@PostMapping("/evaluations/{id}/submit-for-approval")
	String submitForApproval(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			RedirectAttributes redirect) {
		access.requireEvaluationManagement(me, regionOf(id));
		return step(id, redirect, () -> evaluations.submitForApproval(id, me.getUsername()), "已报送领导小组审定。");
	}

	@PostMapping("/evaluations/{id}/approve")
	String approve(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		access.requireEvaluationApproval(me, regionOf(id));
		return step(id, redirect, () -> evaluations.approve(id, me.getUsername()), "评估结果已审定通过。");
	}

	@PostMapping("/evaluations/{id}/return")
	String returnToGroup(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		access.requireEvaluationApproval(me, regionOf(id));
		return step(id, redirect, () -> evaluations.returnToGroup(id, reason, me.getUsername()),
				"已退回评估组，原因：" + (reason == null ? "" : reason.strip()));
	}

	private Region regionOf(long evaluationId) {
		return regions.get(evaluations.get(evaluationId).regionCode());
	}

	/** Takes a workflow step; a refusal is shown on the dashboard instead of an error page. */
	private static String step(long id, RedirectAttributes redirect, Runnable step, String done) {
		try {
			step.run();
			redirect.addFlashAttribute("saved", done);
		}
		catch (InvalidInputException | EvaluationConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/evaluations/" + id;
	}

	private String mine(PlanWatchUser me, Model model) {
		model.addAttribute("department", departments.get(me.departmentId()));
		model.addAttribute("reports", selfAssessments.ofDepartment(me.departmentId()));
		model.addAttribute("evaluationOf", evaluations.ofDepartment(me.departmentId())
			.stream()
			.collect(Collectors.toMap(Evaluation::id, Function.identity())));
		model.addAttribute("today", LocalDate.now(clock));
		return "evaluations/mine";
	}

	private String show(PlanWatchUser me, Model model, Long selectedPlan, String error) {
		List<Region> readable = access.visibleRegions(me).stream().filter(r -> access.canReadEvaluations(me, r)).toList();
		List<PlanSummary> openable = new ArrayList<>();
		readable.stream()
			.filter(r -> access.canRunEvaluations(me, r))
			.forEach(r -> plans.ofRegion(r.code())
				.stream()
				.filter(p -> p.status() == PlanStatus.PUBLISHED)
				.forEach(openable::add));
		PlanSummary first = openable.stream()
			.filter(p -> selectedPlan != null && p.id() == selectedPlan)
			.findFirst()
			.orElse(openable.isEmpty() ? null : openable.get(0));
		model.addAttribute("evaluations", evaluations.ofRegions(readable.stream().map(Region::code).toList()));
		model.addAttribute("regionNames", readable.stream().collect(Collectors.toMap(Region::code, Region::name)));
		model.addAttribute("openable", openable);
		model.addAttribute("selectedPlan", first == null ? null : first.id());
		model.addAttribute("defaultYear", first == null ? LocalDate.now(clock).getYear() - 1 : midTermYear(first));
		model.addAttribute("defaultDeadline", LocalDate.now(clock).plusMonths(1));
		model.addAttribute("kinds", EvaluationKind.values());
		model.addAttribute("error", error);
		model.addAttribute("today", LocalDate.now(clock));
		return "evaluations/list";
	}

	/** The year a mid-term evaluation looks at: the one the plan names, else the middle of its period (2025 for 2021–2030). */
	private int midTermYear(PlanSummary plan) {
		return plans.monitoringSetup(plan.id())
			.flatMap(setup -> setup.evaluationYears().stream().filter(y -> y < plan.periodEnd()).findFirst())
			.orElse(plan.periodStart() + (plan.periodEnd() - plan.periodStart()) / 2);
	}

	private static EvaluationKind kind(String text) {
		try {
			return EvaluationKind.valueOf(text.strip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("kind", "请选择评估类型：中期评估或终期评估。");
		}
	}

}
