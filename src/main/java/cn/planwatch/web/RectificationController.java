package cn.planwatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/**
 * Rectification items (整改): the office issues a warning to a department from the assessment page,
 * the department answers with its measures and a completion date, the office closes the item or
 * returns the answer. Departments see their own items; the office sees those of its regions.
 */
@Controller
class RectificationController {

	private final Rectifications rectifications;

	private final Assessments assessments;

	private final Regions regions;

	private final AccessPolicy access;

	private final Clock clock;

	private final VisibleRectifications visible;

	RectificationController(Rectifications rectifications, Assessments assessments, Regions regions, AccessPolicy access,
			Optional<Clock> clock, VisibleRectifications visible) {
		this.visible = visible;
		this.rectifications = rectifications;
		this.assessments = assessments;
		this.regions = regions;
		this.access = access;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@GetMapping("/rectifications")
	String list(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		model.addAttribute("items", visible.of(me));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("regionNames", regions.all().stream()
			.collect(java.util.stream.Collectors.toMap(Region::code, Region::name)));
		return "rectifications/list";
	}

	@GetMapping("/rectifications/{id}")
	String show(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		Rectification item = rectifications.get(id);
		Region region = regions.get(item.regionCode());
		access.requireRectificationRead(me, item.departmentId(), region);
		model.addAttribute("item", item);
		model.addAttribute("region", region);
		model.addAttribute("steps", rectifications.steps(id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("canManage", access.canManageAssessment(me, region));
		model.addAttribute("canAnswer", access.canReportFor(me, item.departmentId()));
		return "rectifications/item";
	}

	@PostMapping("/rectifications")
	String issue(@AuthenticationPrincipal PlanWatchUser me, @RequestParam long targetId, @RequestParam int year,
			@RequestParam long departmentId, @RequestParam(required = false) String request,
			@RequestParam(required = false) String answerDue, RedirectAttributes redirect) {
		PlanDetail plan = assessments.planOfTarget(targetId);
		Region region = regions.get(plan.summary().regionCode());
		access.requireAssessmentManagement(me, region);
		long id = rectifications.issue(targetId, year, departmentId, request, date(answerDue, "answerDue", "报送截止日期"),
				me.getUsername(), LocalDate.now(clock));
		redirect.addFlashAttribute("saved", "整改事项已下发，责任单位登录后即可看到并报送整改措施。");
		return "redirect:/rectifications/" + id;
	}

	@PostMapping("/rectifications/{id}/answer")
	String answer(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String measures, @RequestParam(required = false) String plannedBy,
			RedirectAttributes redirect) {
		Rectification item = rectifications.get(id);
		access.requireRectificationAnswer(me, item.departmentId(), item.departmentName());
		rectifications.answer(id, version, measures, date(plannedBy, "plannedBy", "整改完成时限"), me.getUsername());
		redirect.addFlashAttribute("saved", "整改措施已报送，等待妇儿工委办公室销号。");
		return "redirect:/rectifications/" + id;
	}

	@PostMapping("/rectifications/{id}/return")
	String returnAnswer(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Rectification item = rectifications.get(id);
		access.requireAssessmentManagement(me, regions.get(item.regionCode()));
		rectifications.returnAnswer(id, version, reason, me.getUsername());
		redirect.addFlashAttribute("saved", "已退回，责任单位需重新报送整改措施。");
		return "redirect:/rectifications/" + id;
	}

	@PostMapping("/rectifications/{id}/close")
	String close(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Rectification item = rectifications.get(id);
		access.requireAssessmentManagement(me, regions.get(item.regionCode()));
		rectifications.close(id, version, note, me.getUsername());
		redirect.addFlashAttribute("saved", "整改事项已销号。");
		return "redirect:/rectifications/" + id;
	}

	/** An optional date field: empty is "not given" (the service says what is missing), else 年-月-日. */
	private static LocalDate date(String text, String field, String what) {
		return text == null || text.isBlank() ? null : FormValues.date(text, field, what);
	}

}
