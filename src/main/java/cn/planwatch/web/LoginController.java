package cn.planwatch.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import cn.planwatch.access.PlanWatchUser;

/** The sign-in page (Spring Security handles the POST to /login). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal PlanWatchUser user) {
		return user == null ? "login" : "redirect:/";
	}

}
