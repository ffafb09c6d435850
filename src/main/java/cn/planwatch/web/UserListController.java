package cn.planwatch.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.Region;

/** The accounts in the caller's scope, for system administrators and commission offices. */
@Controller
class UserListController {

	private final UserAccounts users;

	private final AccessPolicy access;

	UserListController(UserAccounts users, AccessPolicy access) {
		this.users = users;
		this.access = access;
	}

	@GetMapping("/users")
	String list(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		if (!me.hasRole(Role.ADMIN, Role.OFFICE)) {
			throw new AccessDeniedException("只有系统管理员和妇儿工委办公室可以查看账号列表。");
		}
		Map<String, String> regionNames = access.visibleRegions(me)
			.stream()
			.collect(Collectors.toMap(Region::code, Region::name));
		Set<String> visible = regionNames.keySet();
		model.addAttribute("users", users.all()
			.stream()
			.filter(u -> me.scopeRegionCode() == null || (u.scopeRegionCode() != null && visible.contains(u.scopeRegionCode())))
			.toList());
		model.addAttribute("regionNames", regionNames);
		return "users/list";
	}

}
