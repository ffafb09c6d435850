package cn.planwatch.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.api.ApiDtos.MeDto;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "当前用户")
class MeApi {

	@GetMapping("/api/v1/me")
	@Operation(summary = "当前用户的角色与数据范围")
	MeDto me(@AuthenticationPrincipal PlanWatchUser me) {
		return new MeDto(me.getUsername(), me.displayName(), me.role().name(), me.role().label(), me.scopeRegionCode(),
				me.departmentId());
	}

}
