package cn.planwatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/** The plan browser: areas → goals → targets, optionally only those of one responsible department. */
@Controller
class PlanController {

	private final Plans plans;

	private final Regions regions;

	private final Departments departments;

	private final IndicatorCatalogue catalogue;

	private final AccessPolicy access;

	PlanController(Plans plans, Regions regions, Departments departments, IndicatorCatalogue catalogue,
			AccessPolicy access) {
		this.plans = plans;
		this.regions = regions;
		this.departments = departments;
		this.catalogue = catalogue;
		this.access = access;
	}

	@GetMapping("/plans/{id}")
	String plan(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam(required = false) Long department, Model model) {
		PlanDetail plan = plans.get(id);
		Region region = regions.get(plan.summary().regionCode());
		access.requirePlansOf(me, region);
		if (plan.summary().status() == PlanStatus.DRAFT) {
			access.requirePlanManagement(me, region);
		}
		List<Area> areas = department == null ? plan.areas() : onlyDepartment(plan.areas(), department);
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		plan.targets()
			.map(Target::indicatorCode)
			.filter(code -> code != null && !indicators.containsKey(code))
			.forEach(code -> catalogue.find(code).ifPresent(i -> indicators.put(code, i)));
		model.addAttribute("plan", plan.summary());
		model.addAttribute("region", region);
		model.addAttribute("ancestors",
				regions.ancestors(region.code()).stream().filter(r -> access.canSeeRegion(me, r)).toList());
		model.addAttribute("areas", areas);
		model.addAttribute("indicators", indicators);
		model.addAttribute("departments", departments.ofRegion(region.code()));
		model.addAttribute("selectedDepartment", department);
		model.addAttribute("canManage", access.canManagePlans(me, region));
		model.addAttribute("shownTargets", areas.stream().flatMap(a -> a.goals().stream()).mapToInt(g -> g.targets().size()).sum());
		return "plans/plan";
	}

	private static List<Area> onlyDepartment(List<Area> areas, long departmentId) {
		List<Area> result = new ArrayList<>();
		for (Area area : areas) {
			List<Goal> goals = new ArrayList<>();
			for (Goal goal : area.goals()) {
				List<Target> targets = goal.targets()
					.stream()
					.filter(t -> t.responsibilities().stream().anyMatch(r -> r.departmentId() == departmentId))
					.toList();
				if (!targets.isEmpty()) {
					goals.add(new Goal(goal.id(), goal.number(), goal.text(), targets));
				}
			}
			if (!goals.isEmpty()) {
				result.add(new Area(area.id(), area.ordinal(), area.name(), goals));
			}
		}
		return result;
	}

}
