package cn.planwatch.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Loading historical values (the baseline year and earlier) in bulk, for the statistics bureau. */
@RestController
@Tag(name = "年度监测")
class HistoryApi {

	private final HistoryLoads loads;

	private final Regions regions;

	private final AccessPolicy access;

	HistoryApi(HistoryLoads loads, Regions regions, AccessPolicy access) {
		this.loads = loads;
		this.regions = regions;
		this.access = access;
	}

	@Schema(description = "一行历史数据")
	record HistoryRowDto(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String regionCode,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String indicatorCode, int year,
			@Schema(description = "缺省为 TOTAL") String breakdown, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, String source) {
	}

	record HistoryResultDto(int rows, int written, @Schema(description = "已有数据、未覆盖的行数") int skipped) {
	}

	@PostMapping("/api/v1/history")
	@Operation(summary = "批量导入历史数据（统计局）", description = "作为已审核数据写入监测数据库；已有数据的单元格不覆盖。任何一行有误则整批不导入，并指出行号。")
	HistoryResultDto load(@AuthenticationPrincipal PlanWatchUser me, @RequestBody List<HistoryRowDto> rows) {
		rows.stream()
			.map(HistoryRowDto::regionCode)
			.distinct()
			.forEach(code -> regions.find(code).ifPresent(region -> access.requireRoundManagement(me, region)));
		int written = loads.load(rows.stream()
			.map(r -> new HistoryValue(r.regionCode(), r.indicatorCode(), r.year(), r.breakdown() == null ? "TOTAL" : r.breakdown(),
					r.value(), r.numerator(), r.denominator(), r.source()))
			.toList(), me.getUsername());
		return new HistoryResultDto(rows.size(), written, rows.size() - written);
	}

}
