package cn.planwatch.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.engine.DenominatorRule;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.assessment.engine.ToleranceKind;
import cn.planwatch.shared.InvalidInputException;

/**
 * The assessment rules every result is computed with: the 基本实现 tolerance, which targets the
 * 综合达标率 divides by, and the thresholds of 预计可实现 and 预计完成困难. They apply to all regions,
 * so an administrator or the top commission office sets them; a change recomputes every region.
 */
@Controller
class AssessmentSettingsController {

	private final Assessments assessments;

	private final AccessPolicy access;

	AssessmentSettingsController(Assessments assessments, AccessPolicy access) {
		this.assessments = assessments;
		this.access = access;
	}

	@GetMapping("/assessment-settings")
	String show(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		model.addAttribute("settings", assessments.settings());
		model.addAttribute("canEdit", access.canEditAssessmentSettings(me));
		model.addAttribute("toleranceKinds", ToleranceKind.values());
		model.addAttribute("rules", DenominatorRule.values());
		return "assessment/settings";
	}

	@PostMapping("/assessment-settings")
	String save(@AuthenticationPrincipal PlanWatchUser me, @RequestParam String toleranceKind,
			@RequestParam String tolerancePercent, @RequestParam String denominatorRule,
			@RequestParam String onTrackPercent, @RequestParam String difficultPercent, RedirectAttributes redirect) {
		if (!access.canEditAssessmentSettings(me)) {
			throw new AccessDeniedException("无权修改评估规则：规则适用于全部地区，只有系统管理员和最上级妇儿工委办公室可以修改。");
		}
		ToleranceKind kind = ToleranceKind.valueOf(toleranceKind);
		double tolerance = number(tolerancePercent, "tolerancePercent", "基本实现的容差");
		Settings changed = assessments.settings()
			.withTolerance(kind, kind == ToleranceKind.RELATIVE_TO_TARGET ? tolerance / 100 : tolerance)
			.withDenominatorRule(DenominatorRule.valueOf(denominatorRule));
		double onTrack = number(onTrackPercent, "onTrackPercent", "预计可实现的完成比例") / 100;
		double difficult = number(difficultPercent, "difficultPercent", "预计完成困难的完成比例") / 100;
		if (difficult > onTrack) {
			throw new InvalidInputException("difficultPercent", "“预计完成困难”的完成比例不能高于“预计可实现”的完成比例。");
		}
		assessments.updateSettings(changed.withShares(onTrack, difficult), me.getUsername());
		redirect.addFlashAttribute("saved", "评估规则已保存。各地区的评估结果将按新规则重新计算（下次查看时即更新）。");
		return "redirect:/assessment-settings";
	}

	private static double number(String text, String field, String what) {
		try {
			double value = Double.parseDouble(text.strip());
			if (value < 0 || !Double.isFinite(value)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new InvalidInputException(field, what + "“" + text + "”不是有效的非负数。");
		}
	}

}
