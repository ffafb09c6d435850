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
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Judgements;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/**
 * The assessment of a region and year: composite rate and status by area for each plan, the
 * warnings that need action, every target's status and forecast; and the hand judgement of a
 * qualitative target (its page: {@link TargetPageController}).
 */
@Controller
class AssessmentController {

	private final Assessments assessments;

	private final Judgements judgements;

	private final Rectifications rectifications;

	private final Regions regions;

	private final AccessPolicy access;

	private final Clock clock;

	AssessmentController(Assessments assessments, Judgements judgements, Rectifications rectifications,
			Regions regions, AccessPolicy access, Optional<Clock> clock) {
		this.assessments = assessments;
		this.judgements = judgements;
		this.rectifications = rectifications;
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

}
