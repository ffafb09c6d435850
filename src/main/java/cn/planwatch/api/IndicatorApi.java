package cn.planwatch.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.api.ApiDtos.IndicatorDto;
import cn.planwatch.plan.IndicatorCatalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "指标目录")
class IndicatorApi {

	private final IndicatorCatalogue catalogue;

	IndicatorApi(IndicatorCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "全部目录指标")
	List<IndicatorDto> indicators() {
		return catalogue.all().stream().map(ApiMapper::indicator).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "一个目录指标")
	IndicatorDto indicator(@PathVariable String code) {
		return ApiMapper.indicator(catalogue.get(code));
	}

}
