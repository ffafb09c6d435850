package cn.planwatch.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.TrackingTarget;
import cn.planwatch.region.Departments;
import cn.planwatch.region.DepartmentKind;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/** The indicator catalogue: a filterable list and one indicator's definition and the targets that track it. */
@Controller
class IndicatorController {

	private final IndicatorCatalogue catalogue;

	private final Plans plans;

	private final Regions regions;

	private final Departments departments;

	private final AccessPolicy access;

	IndicatorController(IndicatorCatalogue catalogue, Plans plans, Regions regions, Departments departments,
			AccessPolicy access) {
		this.catalogue = catalogue;
		this.plans = plans;
		this.regions = regions;
		this.departments = departments;
		this.access = access;
	}

	@GetMapping("/indicators")
	String list(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer area,
			@RequestParam(required = false, defaultValue = "") String q, Model model) {
		PlanKind planKind = kind == null || kind.isBlank() ? null : PlanKind.fromSlug(kind);
		String query = q.strip().toLowerCase(Locale.ROOT);
		List<Indicator> indicators = catalogue.all()
			.stream()
			.filter(i -> planKind == null || i.planKind() == planKind)
			.filter(i -> area == null || i.areaOrdinal() == area)
			.filter(i -> query.isEmpty() || i.name().contains(query) || i.code().toLowerCase(Locale.ROOT).contains(query))
			.toList();
		model.addAttribute("indicators", indicators);
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("kind", planKind);
		model.addAttribute("area", area);
		model.addAttribute("q", q);
		model.addAttribute("departmentKinds", departments.kinds().stream()
			.collect(Collectors.toMap(DepartmentKind::code, DepartmentKind::name)));
		return "indicators/list";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, Model model) {
		Indicator indicator = catalogue.get(code);
		Map<String, Region> all = regions.all().stream().collect(Collectors.toMap(Region::code, r -> r));
		List<TrackingTarget> tracking = plans.targetsOfIndicator(code)
			.stream()
			.filter(t -> access.canReadPlansOf(me, all.get(t.regionCode())))
			.toList();
		model.addAttribute("indicator", indicator);
		model.addAttribute("tracking", tracking);
		model.addAttribute("regionNames", all.values().stream().collect(Collectors.toMap(Region::code, Region::name)));
		model.addAttribute("sourceDepartment", indicator.sourceDepartmentKind() == null ? null
				: departments.kinds().stream().filter(k -> k.code().equals(indicator.sourceDepartmentKind()))
					.map(DepartmentKind::name).findFirst().orElse(indicator.sourceDepartmentKind()));
		return "indicators/indicator";
	}

}
