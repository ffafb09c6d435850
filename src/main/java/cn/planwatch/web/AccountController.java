package cn.planwatch.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	AccountController(UserAccounts users, Regions regions, Departments departments) {
		this.users = users;
		this.regions = regions;
		this.departments = departments;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		model.addAttribute("scope", me.scopeRegionCode() == null ? null : regions.get(me.scopeRegionCode()));
		model.addAttribute("department", me.departmentId() == null ? null : departments.get(me.departmentId()));
		return "account";
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
