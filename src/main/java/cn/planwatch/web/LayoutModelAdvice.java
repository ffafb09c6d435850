package cn.planwatch.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.region.Regions;

/** What every page's layout needs: the signed-in user and whether demo data is present. */
@ControllerAdvice(basePackageClasses = LayoutModelAdvice.class)
class LayoutModelAdvice {

	private final Regions regions;

	LayoutModelAdvice(Regions regions) {
		this.regions = regions;
	}

	@ModelAttribute("me")
	PlanWatchUser me(@AuthenticationPrincipal PlanWatchUser user) {
		return user;
	}

	@ModelAttribute("demoData")
	boolean demoData() {
		return regions.anyDemo();
	}

}
