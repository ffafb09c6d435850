package cn.planwatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Judgements;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Disaggregation;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.plan.TrackingTarget;
import cn.planwatch.region.DepartmentKind;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.NotFoundException;

/**
 * An indicator of a region's plan, in detail: the series with the target line, baseline, mid-term and
 * final targets, forecast and interval, switchable by breakdown (sex, urban/rural, age) without reloading
 * the page; the values with their audit trails; the definition, source and responsible departments; the
 * gap between women and men; the other regions tracking it; warnings, rectification and hand judgement.
 */
@Controller
class TargetPageController {

	private final Assessments assessments;

	private final Judgements judgements;

	private final Rectifications rectifications;

	private final MonitoringData data;

	private final IndicatorCatalogue catalogue;

	private final Plans plans;

	private final Departments departments;

	private final Regions regions;

	private final AccessPolicy access;

	private final JsonText json;

	TargetPageController(Assessments assessments, Judgements judgements, Rectifications rectifications,
			MonitoringData data, IndicatorCatalogue catalogue, Plans plans, Departments departments, Regions regions,
			AccessPolicy access, JsonText json) {
		this.assessments = assessments;
		this.judgements = judgements;
		this.rectifications = rectifications;
		this.data = data;
		this.catalogue = catalogue;
		this.plans = plans;
		this.departments = departments;
		this.regions = regions;
		this.access = access;
		this.json = json;
	}

	/** A region's page of a catalogue indicator: that of the target of its plan in force that tracks it. */
	@GetMapping("/regions/{code}/indicators/{indicatorCode}")
	String indicator(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@PathVariable String indicatorCode, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String breakdown) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		Indicator indicator = catalogue.get(indicatorCode);
		TrackingTarget target = plans.targetsOfIndicator(indicatorCode, List.of(code))
			.stream()
			.filter(t -> t.planStatus() == PlanStatus.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(
					"地区“" + region.name() + "”的现行规划没有跟踪指标“" + indicator.name() + "”。"));
		return "redirect:" + UriComponentsBuilder.fromPath("/regions/{code}/assessment/targets/{target}")
			.queryParamIfPresent("year", Optional.ofNullable(year))
			.queryParamIfPresent("breakdown", Optional.ofNullable(breakdown))
			.buildAndExpand(code, target.targetId())
			.encode()
			.toUriString();
	}

	@GetMapping("/regions/{code}/assessment/targets/{targetId}")
	String target(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, @PathVariable long targetId,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "TOTAL") String breakdown,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		PlanDetail plan = assessments.planOfTarget(targetId);
		if (!plan.summary().regionCode().equals(code)) {
			throw new NotFoundException("地区“" + region.name() + "”的规划中没有编号为 " + targetId + " 的目标。");
		}
		Placed placed = place(plan, targetId);
		Target target = placed.target();
		Optional<Indicator> indicator = Optional.ofNullable(target.indicatorCode()).flatMap(catalogue::find);
		List<AssessmentResult> all = assessments.ofTarget(targetId);
		List<ApprovedValue> values = target.indicatorCode() == null ? List.of()
				: data.ofRegion(code, List.of(target.indicatorCode()));
		List<Breakdown> breakdowns = breakdowns(indicator, all, values);
		String shown = breakdowns.stream().anyMatch(b -> b.key().equals(breakdown)) ? breakdown : Breakdown.TOTAL.key();
		List<AssessmentResult> results = all.stream().filter(r -> r.breakdown().equals(shown)).toList();
		AssessmentResult current = results.stream()
			.filter(r -> year == null || r.year() == year)
			.reduce((first, second) -> second)
			.orElse(null);
		model.addAttribute("region", region);
		model.addAttribute("plan", plan.summary());
		model.addAttribute("area", placed.area());
		model.addAttribute("goal", placed.goal());
		model.addAttribute("target", target);
		model.addAttribute("results", results);
		model.addAttribute("current", current);
		model.addAttribute("breakdownGroups", BreakdownGroup.of(breakdowns));
		model.addAttribute("breakdown", shown);
		model.addAttribute("breakdownLabel", Breakdown.fromKey(shown).label());
		model.addAttribute("chartJson", json.of(TargetChart.of(target, plan.summary(), values, shown, current)));
		model.addAttribute("valueRows", target.indicatorCode() == null ? List.of()
				: ValueRow.of(values, data.approvedRecords(code, target.indicatorCode()), shown,
						r -> access.canReadValue(me, r.departmentId(), region)));
		if (htmx != null) {
			return "assessment/target :: breakdownData";
		}
		model.addAttribute("total", all.stream()
			.filter(r -> r.isTotal() && (current == null || r.year() == current.year()))
			.reduce((first, second) -> second)
			.orElse(null));
		model.addAttribute("indicator", indicator.orElse(null));
		model.addAttribute("sourceDepartment", indicator.map(i -> sourceDepartment(i, code)).orElse(null));
		model.addAttribute("sexGap", indicator.filter(i -> i.disaggregations().contains(Disaggregation.SEX))
			.map(i -> SexGaps.of(target.indicatorName(), target.unit(), values))
			.orElse(null));
		Integer comparedYear = current != null ? Integer.valueOf(current.year())
				: values.stream().map(ApprovedValue::year).max(Integer::compare).orElse(null);
		model.addAttribute("comparedYear", comparedYear);
		model.addAttribute("comparison", indicator.isEmpty() || comparedYear == null ? List.of()
				: comparison(me, region, indicator.get(), comparedYear));
		model.addAttribute("judgeable", Judgements.isJudgedByHand(target));
		model.addAttribute("judgements", judgements.history(targetId));
		model.addAttribute("judgeStatuses", List.of(AttainmentStatus.ACHIEVED, AttainmentStatus.BASICALLY_ACHIEVED,
				AttainmentStatus.NOT_ACHIEVED));
		model.addAttribute("canManage", access.canManageAssessment(me, region));
		model.addAttribute("items", rectifications.ofTarget(targetId));
		return "assessment/target";
	}

	/** The breakdowns with values or results, in the order the indicator is reported in (the total first). */
	private static List<Breakdown> breakdowns(Optional<Indicator> indicator, List<AssessmentResult> results,
			List<ApprovedValue> values) {
		List<String> present = new ArrayList<>();
		results.forEach(r -> present.add(r.breakdown()));
		values.forEach(v -> present.add(v.breakdownKey()));
		List<Breakdown> order = indicator.map(i -> Breakdown.of(i.disaggregations(), i.planKind()))
			.orElse(List.of(Breakdown.TOTAL));
		List<Breakdown> breakdowns = new ArrayList<>(order.stream().filter(b -> present.contains(b.key())).toList());
		if (breakdowns.isEmpty()) {
			breakdowns.add(Breakdown.TOTAL);
		}
		return breakdowns;
	}

	/**
	 * The region shown and its neighbours that the user sees and whose plan in force tracks the indicator:
	 * the region above it, those beside it under the same parent and those directly below it. (All visible
	 * regions would be every county of a province for its office: a list nobody reads, and slow.)
	 */
	private List<RegionComparison> comparison(PlanWatchUser me, Region region, Indicator indicator, int year) {
		Map<String, Region> neighbours = new LinkedHashMap<>();
		if (region.parentCode() != null) {
			regions.find(region.parentCode()).ifPresent(parent -> neighbours.put(parent.code(), parent));
			regions.children(region.parentCode()).forEach(sibling -> neighbours.put(sibling.code(), sibling));
		}
		regions.children(region.code()).forEach(child -> neighbours.put(child.code(), child));
		neighbours.values().removeIf(other -> !access.canSeeRegion(me, other));
		neighbours.put(region.code(), region);
		List<TrackingTarget> tracking = plans.targetsOfIndicator(indicator.code(), neighbours.keySet())
			.stream()
			.filter(t -> t.planStatus() == PlanStatus.PUBLISHED)
			.toList();
		List<String> codes = tracking.stream().map(TrackingTarget::regionCode).distinct().toList();
		return RegionComparison.of(tracking, neighbours, data.ofRegions(codes, indicator.code()),
				assessments.totalsOf(tracking, year), year, indicator.polarity(), region.code());
	}

	/** The region's department of the kind the catalogue names as the source, or the kind's name. */
	private String sourceDepartment(Indicator indicator, String regionCode) {
		String kind = indicator.sourceDepartmentKind();
		if (kind == null) {
			return null;
		}
		return departments.findByKind(regionCode, kind)
			.map(d -> d.name())
			.orElseGet(() -> departments.kinds()
				.stream()
				.filter(k -> k.code().equals(kind))
				.map(DepartmentKind::name)
				.findFirst()
				.orElse(kind));
	}

	private static Placed place(PlanDetail plan, long targetId) {
		for (Area area : plan.areas()) {
			for (Goal goal : area.goals()) {
				for (Target target : goal.targets()) {
					if (target.id() == targetId) {
						return new Placed(area, goal, target);
					}
				}
			}
		}
		throw new NotFoundException("没有编号为 " + targetId + " 的目标。");
	}

	private record Placed(Area area, Goal goal, Target target) {
	}

}
