package cn.planwatch.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/** The start page: the user's region, its plans, the regions below, and the user's own department. */
@Controller
class HomeController {

	private final Regions regions;

	private final Plans plans;

	private final Departments departments;

	private final AccessPolicy access;

	private final WorkList work;

	HomeController(Regions regions, Plans plans, Departments departments, AccessPolicy access, WorkList work) {
		this.work = work;
		this.regions = regions;
		this.plans = plans;
		this.departments = departments;
		this.access = access;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		List<Region> visible = access.visibleRegions(me);
		Region home = me.scopeRegionCode() == null ? visible.stream().findFirst().orElse(null)
				: regions.get(me.scopeRegionCode());
		model.addAttribute("home", home);
		if (home != null) {
			List<PlanSummary> homePlans = inForce(home.code());
			Region planRegion = home;
			// a township has no plan of its own: show the county's, which its data feeds
			if (homePlans.isEmpty() && home.parentCode() != null) {
				planRegion = regions.get(home.parentCode());
				homePlans = inForce(planRegion.code());
			}
			model.addAttribute("planRegion", planRegion);
			model.addAttribute("plans", homePlans);
			model.addAttribute("children", regions.children(home.code()));
		}
		if (me.departmentId() != null) {
			model.addAttribute("department", departments.get(me.departmentId()));
		}
		model.addAttribute("tree", RegionTree.of(visible));
		model.addAttribute("work", work.of(me, java.time.LocalDate.now()));
		return "home";
	}

	private List<PlanSummary> inForce(String regionCode) {
		return plans.ofRegion(regionCode).stream().filter(p -> p.status() == PlanStatus.PUBLISHED).toList();
	}

}
