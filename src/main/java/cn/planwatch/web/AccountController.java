package cn.planwatch.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.ApiTokens;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/** The signed-in user's own account: role, scope, and changing the password. */
@Controller
class AccountController {

	private final UserAccounts users;

	private final Regions regions;

	private final Departments departments;

	private final ApiTokens tokens;

	AccountController(UserAccounts users, Regions regions, Departments departments, ApiTokens tokens) {
		this.users = users;
		this.regions = regions;
		this.departments = departments;
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		model.addAttribute("scope", me.scopeRegionCode() == null ? null : regions.get(me.scopeRegionCode()));
		model.addAttribute("department", me.departmentId() == null ? null : departments.get(me.departmentId()));
		model.addAttribute("tokens", tokens.of(me));
		return "account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal PlanWatchUser me, @RequestParam String name, Model model,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", tokens.create(me, name));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("tokenError", ex.getMessage());
		}
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(me, id);
		redirect.addFlashAttribute("saved", "令牌已撤销，使用它的系统将无法再调用 API。");
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal PlanWatchUser me, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
			RedirectAttributes redirect) {
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw new InvalidInputException("confirmPassword", "两次输入的新密码不一致。");
			}
			users.changeOwnPassword(me.getUsername(), currentPassword, newPassword);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("errorField", ex.field());
			return account(me, model);
		}
		redirect.addFlashAttribute("saved", "密码已修改，下次登录请使用新密码。");
		return "redirect:/account";
	}

}
