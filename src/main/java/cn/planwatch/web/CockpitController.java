package cn.planwatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.NotFoundException;

/**
 * The cockpit (驾驶舱) of a region and year — what an office looks at every day: each plan's composite
 * rate and status by area, the warnings that need action, open and overdue rectification items, the
 * completeness of the current monitoring round, and the trend of key indicators. A city also sees its
 * counties ranked and side by side by area.
 */
@Controller
class CockpitController {

	/** How many warnings the cockpit lists; the assessment page and the export have them all. */
	static final int WARNINGS_SHOWN = 8;

	private final CockpitSections sections;

	private final Regions regions;

	private final AccessPolicy access;

	private final JsonText json;

	private final Formats fmt;

	private final Clock clock;

	CockpitController(CockpitSections sections, Regions regions, AccessPolicy access, JsonText json, Formats fmt,
			Optional<Clock> clock) {
		this.sections = sections;
		this.regions = regions;
		this.access = access;
		this.json = json;
		this.fmt = fmt;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The signed-in user's own cockpit: that of the region at the top of their scope. */
	@GetMapping("/cockpit")
	String mine(@AuthenticationPrincipal PlanWatchUser me) {
		String code = me.scopeRegionCode() != null ? me.scopeRegionCode()
				: access.visibleRegions(me).stream()
					.findFirst()
					.map(Region::code)
					.orElseThrow(() -> new NotFoundException("系统中还没有地区。"));
		return "redirect:/regions/" + code + "/cockpit";
	}

	@GetMapping("/regions/{code}/cockpit")
	String cockpit(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(required = false) Integer year, Model model) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("region", region);
		model.addAttribute("today", today);
		Optional<RegionAssessment> assessment = sections.assessment(region, year);
		model.addAttribute("assessment", assessment.orElse(null));
		assessment.ifPresent(a -> assessed(a, model));
		sections.comparisonYear(region, assessment, year)
			.ifPresent(compared -> model.addAttribute("comparison", sections.counties(region, compared)));
		model.addAttribute("canManage", access.canManageAssessment(me, region));
		if (access.canReadRectificationsOf(me, region)) {
			model.addAttribute("rectifications", sections.rectifications(region, today));
			model.addAttribute("regionNames", regions.subtree(code)
				.stream()
				.collect(Collectors.toMap(Region::code, Region::name)));
		}
		model.addAttribute("canReadRounds", access.canReadRounds(me, region));
		if (access.canReadRounds(me, region)) {
			model.addAttribute("round", sections.currentRound(region, today).orElse(null));
			model.addAttribute("countyRounds", sections.countyRounds(region, today));
			model.addAttribute("taskStatuses", TaskStatus.values());
		}
		model.addAttribute("canRunRounds", access.canRunRounds(me, region));
		return "cockpit/cockpit";
	}

	private void assessed(RegionAssessment assessment, Model model) {
		model.addAttribute("year", assessment.year());
		model.addAttribute("years", assessment.years());
		Map<Long, AreaStatusChart.OnPage> charts = new LinkedHashMap<>();
		for (PlanAssessment plan : assessment.plans()) {
			AreaStatusChart chart = AreaStatusChart.of(plan, fmt);
			charts.put(plan.plan().id(), new AreaStatusChart.OnPage(json.of(chart), chart.description()));
		}
		model.addAttribute("areaCharts", charts);
		List<ActionWarning> warnings = sections.warnings(assessment);
		model.addAttribute("warningCount", warnings.size());
		model.addAttribute("warnings", warnings.subList(0, Math.min(WARNINGS_SHOWN, warnings.size())));
		model.addAttribute("trends", sections.trends(assessment));
	}

}
