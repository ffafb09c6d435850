package cn.planwatch.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;

/** The region tree and one region's page: its plans, the regions below it and its member departments. */
@Controller
class RegionController {

	private final Regions regions;

	private final Departments departments;

	private final Plans plans;

	private final AccessPolicy access;

	RegionController(Regions regions, Departments departments, Plans plans, AccessPolicy access) {
		this.regions = regions;
		this.departments = departments;
		this.plans = plans;
		this.access = access;
	}

	@GetMapping("/regions")
	String tree(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		model.addAttribute("tree", RegionTree.of(access.visibleRegions(me)));
		return "regions/tree";
	}

	@GetMapping("/regions/{code}")
	String region(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, Model model) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		List<Department> regionDepartments = departments.ofRegion(code);
		Map<Long, Boolean> editable = regionDepartments.stream()
			.collect(Collectors.toMap(Department::id, d -> access.canEditDepartment(me, d)));
		model.addAttribute("region", region);
		model.addAttribute("ancestors", regions.ancestors(code).stream().filter(r -> access.canSeeRegion(me, r)).toList());
		model.addAttribute("children", regions.children(code));
		boolean canManage = access.canManagePlans(me, region);
		model.addAttribute("plans", plans.ofRegion(code)
			.stream()
			.filter(p -> canManage || p.status() != PlanStatus.DRAFT)
			.toList());
		model.addAttribute("departments", regionDepartments);
		model.addAttribute("editable", editable);
		model.addAttribute("canManage", canManage);
		model.addAttribute("tree", RegionTree.of(access.visibleRegions(me)));
		return "regions/region";
	}

}
