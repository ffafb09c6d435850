package cn.planwatch.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import cn.planwatch.collection.CheckRules;
import cn.planwatch.collection.check.Rule;
import cn.planwatch.collection.check.RuleKind;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.shared.InvalidInputException;

/** The data-check rules: thresholds and switches, in general and per indicator. */
@Controller
class RuleController {

	private final CheckRules rules;

	private final IndicatorCatalogue catalogue;

	private final AccessPolicy access;

	RuleController(CheckRules rules, IndicatorCatalogue catalogue, AccessPolicy access) {
		this.rules = rules;
		this.catalogue = catalogue;
		this.access = access;
	}

	@GetMapping("/rules")
	String list(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		List<Rule> all = rules.all();
		Map<String, String> names = catalogue.all().stream().collect(Collectors.toMap(Indicator::code, Indicator::name));
		model.addAttribute("general", all.stream().filter(r -> r.indicatorCode() == null).toList());
		model.addAttribute("overrides", all.stream().filter(r -> r.indicatorCode() != null).toList());
		model.addAttribute("names", names);
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("indicators", catalogue.all());
		model.addAttribute("canEdit", access.canEditCheckRules(me));
		return "rules/list";
	}

	@PostMapping("/rules")
	String save(@AuthenticationPrincipal PlanWatchUser me, @RequestParam RuleKind kind,
			@RequestParam(required = false) String indicatorCode, @RequestParam(required = false) String threshold,
			@RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
		if (!access.canEditCheckRules(me)) {
			throw new AccessDeniedException("只有最高一级的统计局（监测组）和系统管理员可以修改审核规则。");
		}
		BigDecimal parsed;
		try {
			parsed = threshold == null || threshold.isBlank() ? null : new BigDecimal(threshold.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("threshold", "阈值“" + threshold + "”不是数字。");
		}
		rules.save(kind, indicatorCode, parsed, enabled, me.getUsername());
		redirect.addFlashAttribute("saved", "已保存规则“" + kind.label() + "”" + (indicatorCode == null || indicatorCode.isBlank() ? "" : "（" + indicatorCode + "）") + "。");
		return "redirect:/rules";
	}

}
