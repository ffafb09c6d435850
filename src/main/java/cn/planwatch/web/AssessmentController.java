package cn.planwatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Judgements;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.ProgressCategory;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * The assessment of a region and year: composite rate and status by area for each plan, the
 * warnings that need action, every target's status and forecast; and one target's detail with its
 * series, target line, forecast and interval, hand judgement and rectification items.
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final Judgements judgements;

	private final Rectifications rectifications;

	private final MonitoringData data;

	private final Regions regions;

	private final AccessPolicy access;

	private final Clock clock;

	private final JsonText json;

	AssessmentController(Assessments assessments, Judgements judgements, Rectifications rectifications,
			MonitoringData data, Regions regions, AccessPolicy access, Optional<Clock> clock, JsonText json) {
		this.json = json;
		this.assessments = assessments;
		this.judgements = judgements;
		this.rectifications = rectifications;
		this.data = data;
		this.regions = regions;
		this.access = access;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@GetMapping("/regions/{code}/assessment")
	String region(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(required = false) Integer year, Model model) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		List<Integer> years = assessments.years(code);
		model.addAttribute("region", region);
		model.addAttribute("years", years);
		model.addAttribute("statuses", AttainmentStatus.values());
		model.addAttribute("settings", assessments.settings());
		if (years.isEmpty()) {
			model.addAttribute("assessment", null);
			return "assessment/region";
		}
		int shown = year != null && years.contains(year) ? year : years.get(years.size() - 1);
		RegionAssessment assessment = assessments.ofRegion(code, shown);
		model.addAttribute("assessment", assessment);
		model.addAttribute("year", shown);
		model.addAttribute("canManage", access.canManageAssessment(me, region));
		Map<Long, List<Rectification>> itemsByTarget = new LinkedHashMap<>();
		for (Rectification item : rectifications.ofRegions(List.of(code))) {
			if (item.year() == shown) {
				itemsByTarget.computeIfAbsent(item.targetId(), k -> new ArrayList<>()).add(item);
			}
		}
		model.addAttribute("itemsByTarget", itemsByTarget);
		model.addAttribute("anyWarned", assessment.plans().stream().anyMatch(p -> !p.warned().isEmpty()));
		model.addAttribute("answerDue", LocalDate.now(clock).plusDays(30));
		return "assessment/region";
	}

	@GetMapping("/regions/{code}/assessment/targets/{targetId}")
	String target(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, @PathVariable long targetId,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "TOTAL") String breakdown,
			Model model) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		PlanDetail plan = assessments.planOfTarget(targetId);
		if (!plan.summary().regionCode().equals(code)) {
			throw new NotFoundException("地区“" + region.name() + "”的规划中没有编号为 " + targetId + " 的目标。");
		}
		Placed placed = place(plan, targetId);
		List<AssessmentResult> all = assessments.ofTarget(targetId);
		List<String> breakdowns = all.stream().map(AssessmentResult::breakdown).distinct().toList();
		String shownBreakdown = breakdowns.contains(breakdown) ? breakdown : Breakdown.TOTAL.key();
		List<AssessmentResult> results = all.stream().filter(r -> r.breakdown().equals(shownBreakdown)).toList();
		AssessmentResult current = results.stream()
			.filter(r -> year == null || r.year() == year)
			.reduce((first, second) -> second)
			.orElse(null);
		List<ApprovedValue> values = placed.target().indicatorCode() == null ? List.of()
				: data.ofRegion(code, List.of(placed.target().indicatorCode()));
		model.addAttribute("region", region);
		model.addAttribute("plan", plan.summary());
		model.addAttribute("area", placed.area());
		model.addAttribute("goal", placed.goal());
		model.addAttribute("target", placed.target());
		model.addAttribute("results", results);
		model.addAttribute("current", current);
		model.addAttribute("breakdowns", breakdowns.stream().map(Breakdown::fromKey).toList());
		model.addAttribute("breakdown", shownBreakdown);
		model.addAttribute("chartJson", json.of(TargetChart.of(placed.target(), values, shownBreakdown, current)));
		model.addAttribute("values", values.stream().filter(v -> v.breakdownKey().equals(shownBreakdown)).toList());
		model.addAttribute("judgeable", Judgements.isJudgedByHand(placed.target()));
		model.addAttribute("judgements", judgements.history(targetId));
		model.addAttribute("judgeStatuses", List.of(AttainmentStatus.ACHIEVED, AttainmentStatus.BASICALLY_ACHIEVED,
				AttainmentStatus.NOT_ACHIEVED));
		model.addAttribute("canManage", access.canManageAssessment(me, region));
		model.addAttribute("items", rectifications.ofTarget(targetId));
		model.addAttribute("progressLabels", ProgressCategory.values());
		return "assessment/target";
	}

	@PostMapping("/regions/{code}/assessment/targets/{targetId}/judgement")
	String judge(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, @PathVariable long targetId,
			@RequestParam int year, @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		Region region = regions.get(code);
		access.requireAssessmentManagement(me, region);
		AttainmentStatus judged;
		try {
			judged = status == null ? null : AttainmentStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "未知的评判结论：" + status);
		}
		judgements.judge(targetId, year, judged, reason, me.getUsername());
		redirect.addFlashAttribute("saved", year + "年的人工评判已保存，评估结果已更新。");
		return "redirect:/regions/" + code + "/assessment/targets/" + targetId + "?year=" + year;
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
