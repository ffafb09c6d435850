package cn.planwatch.api;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.api.ApiDtos.DepartmentDto;
import cn.planwatch.api.ApiDtos.LiaisonDto;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "成员单位")
class DepartmentApi {

	private final Departments departments;

	private final Regions regions;

	private final AccessPolicy access;

	DepartmentApi(Departments departments, Regions regions, AccessPolicy access) {
		this.departments = departments;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/{id}")
	@Operation(summary = "一个成员单位")
	DepartmentDto department(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		Department department = departments.get(id);
		access.requireRegion(me, regions.get(department.regionCode()));
		return ApiMapper.department(department);
	}

	@PutMapping("/{id}/liaison")
	@Operation(summary = "修改联络员", description = "本单位填报员、本级或上级妇儿工委办公室、系统管理员可修改。浏览器会话调用时需带 CSRF 令牌（X-CSRF-TOKEN）。")
	DepartmentDto updateLiaison(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestBody LiaisonDto liaison) {
		Department department = departments.get(id);
		access.requireRegion(me, regions.get(department.regionCode()));
		access.requireDepartmentEdit(me, department);
		return ApiMapper.department(departments.updateLiaison(id, liaison.liaisonName(), liaison.liaisonPhone()));
	}

}
