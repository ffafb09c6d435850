package cn.planwatch.web;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.region.Region;

/** The rectification items a user lists: a department its own, everyone else those of the regions they see. */
@Component
class VisibleRectifications {

	private final Rectifications rectifications;

	private final AccessPolicy access;

	VisibleRectifications(Rectifications rectifications, AccessPolicy access) {
		this.rectifications = rectifications;
		this.access = access;
	}

	List<Rectification> of(PlanWatchUser me) {
		return me.departmentId() != null ? rectifications.ofDepartment(me.departmentId())
				: rectifications.ofRegions(access.visibleRegions(me).stream().map(Region::code).toList());
	}

}
