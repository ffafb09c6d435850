package cn.planwatch.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.api.ApiDtos.DepartmentDto;
import cn.planwatch.api.ApiDtos.PlanDto;
import cn.planwatch.api.ApiDtos.RegionDto;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "地区", description = "地区、规划与成员单位")
class RegionApi {

	private final Regions regions;

	private final Plans plans;

	private final Departments departments;

	private final AccessPolicy access;

	RegionApi(Regions regions, Plans plans, Departments departments, AccessPolicy access) {
		this.regions = regions;
		this.plans = plans;
		this.departments = departments;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "调用者数据范围内的地区", description = "按树形顺序（父在前）列出调用者可查看的全部地区，含区划代码与级别。")
	List<RegionDto> regions(@AuthenticationPrincipal PlanWatchUser me) {
		return access.visibleRegions(me).stream().map(ApiMapper::region).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "一个地区")
	RegionDto region(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		return ApiMapper.region(region);
	}

	@GetMapping("/{code}/plans")
	@Operation(summary = "地区的规划", description = "该地区的规划（现行、已被取代的历史版本；妇儿工委办公室还可见草稿），含领域、主要目标、目标与责任单位。调用者可读取本范围及其上级地区的规划。")
	List<PlanDto> plans(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		boolean drafts = access.canManagePlans(me, region);
		return plans.ofRegion(code)
			.stream()
			.filter(s -> drafts || s.status() != PlanStatus.DRAFT)
			.map(s -> ApiMapper.plan(plans.get(s.id()), plans.monitoringSetup(s.id()).orElse(null)))
			.toList();
	}

	@GetMapping("/{code}/departments")
	@Operation(summary = "地区的成员单位")
	List<DepartmentDto> departments(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		return departments.ofRegion(code).stream().map(ApiMapper::department).toList();
	}

}
