package cn.planwatch.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.AreaStrategyTarget;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.IndicatorMatcher;
import cn.planwatch.plan.IndicatorSuggestion;
import cn.planwatch.plan.PlanComparison;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Polarity;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/**
 * Reviewing a draft plan made from an imported notice: goal by goal, each goal's text with the
 * pieces its targets came from marked, every target editable in place (htmx), targets added or
 * removed, catalogue links chosen from suggestions or created, departments assigned; then the
 * draft is published (replacing the plan it supersedes) or discarded.
 */
@Controller
class ReviewController {

	static final String HX = "HX-Request";

	private final Plans plans;

	private final Regions regions;

	private final Departments departments;

	private final IndicatorCatalogue catalogue;

	private final AccessPolicy access;

	ReviewController(Plans plans, Regions regions, Departments departments, IndicatorCatalogue catalogue,
			AccessPolicy access) {
		this.plans = plans;
		this.regions = regions;
		this.departments = departments;
		this.catalogue = catalogue;
		this.access = access;
	}

	@GetMapping("/plans/{id}/review")
	String review(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		PlanDetail plan = plans.get(id);
		Region region = managed(me, plan);
		if (plan.summary().status() != PlanStatus.DRAFT) {
			return "redirect:/plans/" + id;
		}
		Map<Long, HighlightedText> goalTexts = new HashMap<>();
		for (Area area : plan.areas()) {
			for (Goal goal : area.goals()) {
				goalTexts.put(goal.id(), HighlightedText.of(goal.text(), goal.targets().stream().map(Target::span).toList()));
			}
		}
		model.addAttribute("plan", plan.summary());
		model.addAttribute("areas", plan.areas());
		model.addAttribute("goalTexts", goalTexts);
		model.addAttribute("region", region);
		model.addAttribute("monitoring", plans.monitoringSetup(id).orElse(null));
		model.addAttribute("unlinked", targetsOf(plan).filter(t -> t.direction() != Direction.QUALITATIVE && t.indicatorCode() == null).count());
		model.addAttribute("withoutLead", targetsOf(plan).filter(t -> t.direction() != Direction.QUALITATIVE && t.leads().isEmpty()).count());
		if (plan.summary().supersedesPlanId() != null) {
			plans.find(plan.summary().supersedesPlanId()).ifPresent(current -> {
				model.addAttribute("current", current.summary());
				model.addAttribute("changes", PlanComparison.between(current, plan));
			});
		}
		addRowContext(model, plan, region);
		return "plans/review";
	}

	@PostMapping("/plans/{id}/publish")
	String publish(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		PlanDetail plan = plans.get(id);
		managed(me, plan);
		plans.publish(id);
		redirect.addFlashAttribute("saved", "已发布《" + plan.summary().title() + "》。");
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/delete")
	String delete(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		PlanDetail plan = plans.get(id);
		Region region = managed(me, plan);
		plans.deleteDraft(id);
		redirect.addFlashAttribute("saved", "已删除草稿《" + plan.summary().title() + "》。");
		return "redirect:/regions/" + region.code();
	}

	@GetMapping("/targets/{id}")
	String row(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		return showRow(me, id, model);
	}

	@GetMapping("/targets/{id}/edit")
	String edit(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		PlanDetail plan = plans.get(plans.planOfTarget(id));
		Region region = managed(me, plan);
		Target target = find(plan, id);
		addRowContext(model, plan, region);
		model.addAttribute("t", target);
		model.addAttribute("form", TargetForm.of(target));
		model.addAttribute("action", "/targets/" + id);
		model.addAttribute("cancel", "/targets/" + id);
		return htmx == null ? "plans/target-page" : "plans/review-rows :: targetForm";
	}

	@PostMapping("/targets/{id}")
	String save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @ModelAttribute TargetForm form,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		PlanDetail plan = plans.get(plans.planOfTarget(id));
		Region region = managed(me, plan);
		try {
			plans.updateTarget(id, form.toTarget());
		}
		catch (InvalidInputException ex) {
			addRowContext(model, plan, region);
			model.addAttribute("t", find(plan, id));
			model.addAttribute("form", form);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("action", "/targets/" + id);
			model.addAttribute("cancel", "/targets/" + id);
			return htmx == null ? "plans/target-page" : "plans/review-rows :: targetForm";
		}
		return htmx == null ? "redirect:/plans/" + plan.summary().id() + "/review#target-" + id : showRow(me, id, model);
	}

	@PostMapping("/targets/{id}/delete")
	String deleteTarget(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestHeader(value = HX, required = false) String htmx) {
		PlanDetail plan = plans.get(plans.planOfTarget(id));
		managed(me, plan);
		plans.deleteTarget(id);
		return htmx == null ? "redirect:/plans/" + plan.summary().id() + "/review" : "plans/review-rows :: noRow";
	}

	@GetMapping("/goals/{goalId}/targets/new")
	String newTarget(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long goalId,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		PlanDetail plan = plans.get(plans.planOfGoal(goalId));
		Region region = managed(me, plan);
		addRowContext(model, plan, region);
		model.addAttribute("t", null);
		model.addAttribute("form", TargetForm.empty());
		model.addAttribute("action", "/goals/" + goalId + "/targets");
		model.addAttribute("cancel", null);
		return htmx == null ? "plans/target-page" : "plans/review-rows :: targetForm";
	}

	@PostMapping("/goals/{goalId}/targets")
	String addTarget(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long goalId,
			@ModelAttribute TargetForm form, @RequestHeader(value = HX, required = false) String htmx, Model model) {
		PlanDetail plan = plans.get(plans.planOfGoal(goalId));
		Region region = managed(me, plan);
		long id;
		try {
			id = plans.addTarget(goalId, form.toTarget());
		}
		catch (InvalidInputException ex) {
			addRowContext(model, plan, region);
			model.addAttribute("t", null);
			model.addAttribute("form", form);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("action", "/goals/" + goalId + "/targets");
			model.addAttribute("cancel", null);
			return htmx == null ? "plans/target-page" : "plans/review-rows :: targetForm";
		}
		return htmx == null ? "redirect:/plans/" + plan.summary().id() + "/review#target-" + id : showRow(me, id, model);
	}

	/** Adds the target's indicator to the catalogue as a local indicator and links the target to it. */
	@PostMapping("/targets/{id}/new-indicator")
	String newIndicator(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestHeader(value = HX, required = false) String htmx, Model model) {
		PlanDetail plan = plans.get(plans.planOfTarget(id));
		managed(me, plan);
		Target target = find(plan, id);
		int area = plan.areas().stream()
			.filter(a -> Stream.concat(a.goals().stream().flatMap(g -> g.targets().stream()),
					a.strategyTargets().stream().map(AreaStrategyTarget::target)).anyMatch(t -> t.id() == id))
			.findFirst()
			.orElseThrow()
			.ordinal();
		Polarity polarity = target.direction() == Direction.DECREASE || target.direction() == Direction.AT_MOST
				|| target.direction() == Direction.BELOW || target.direction() == Direction.ELIMINATE ? Polarity.LOWER
						: Polarity.HIGHER;
		Indicator indicator = catalogue.createLocal(target.indicatorName(), plan.summary().kind(), area,
				target.unit() == null || target.unit().equals("个百分点") ? null : target.unit(), polarity,
				"由规划《" + plan.summary().title() + "》导入时新建，口径待补充。");
		plans.updateTarget(id, new Target(null, indicator.code(), target.indicatorName(), target.direction(),
				target.value(), target.unit(), target.targetYear(), target.qualifier(), target.span(),
				target.baselineValue(), target.baselineYear(), target.midTermValue(), target.responsibilities()));
		return htmx == null ? "redirect:/plans/" + plan.summary().id() + "/review#target-" + id : showRow(me, id, model);
	}

	private String showRow(PlanWatchUser me, long id, Model model) {
		PlanDetail plan = plans.get(plans.planOfTarget(id));
		Region region = managed(me, plan);
		addRowContext(model, plan, region);
		model.addAttribute("t", find(plan, id));
		return "plans/review-rows :: targetRow";
	}

	private void addRowContext(Model model, PlanDetail plan, Region region) {
		IndicatorMatcher matcher = catalogue.matcher();
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		Map<Long, List<IndicatorSuggestion>> suggestions = new HashMap<>();
		targetsOf(plan).forEach(t -> {
			if (t.indicatorCode() != null) {
				catalogue.find(t.indicatorCode()).ifPresent(i -> indicators.put(i.code(), i));
			}
			if (t.direction() != Direction.QUALITATIVE) {
				suggestions.put(t.id(), matcher.suggest(t.indicatorName(), t.unit(), plan.summary().kind(), 5));
			}
		});
		model.addAttribute("planId", plan.summary().id());
		model.addAttribute("indicators", indicators);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("departments", departments.ofRegion(region.code()));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("catalogue", catalogue.all().stream().filter(i -> i.planKind() == plan.summary().kind()).toList());
	}

	private Region managed(PlanWatchUser me, PlanDetail plan) {
		Region region = regions.get(plan.summary().regionCode());
		access.requirePlanManagement(me, region);
		return region;
	}

	private static Stream<Target> targetsOf(PlanDetail plan) {
		return plan.areas()
			.stream()
			.flatMap(a -> Stream.concat(a.goals().stream().flatMap(g -> g.targets().stream()),
					a.strategyTargets().stream().map(AreaStrategyTarget::target)));
	}

	private static Target find(PlanDetail plan, long id) {
		Optional<Target> target = targetsOf(plan).filter(t -> t.id() == id).findFirst();
		return target.orElseThrow();
	}

}
