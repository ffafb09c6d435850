package cn.planwatch.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the monitoring-round API. */
final class CollectionDtos {

	private CollectionDtos() {
	}

	@Schema(description = "年度监测轮次")
	record RoundDto(long id, String regionCode, int year, LocalDate deadline, boolean open, String note) {
	}

	@Schema(description = "填报任务")
	record TaskDto(long id, long roundId, int year, long departmentId, String departmentName, String regionCode,
			@Schema(description = "NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED") String status, String returnReason,
			List<TaskIndicatorDto> indicators, List<ValueDto> values) {
	}

	record TaskIndicatorDto(String code, String name, String unit, @Schema(description = "LEAD 或 ASSIST") String role,
			@Schema(description = "比率类指标填写分子分母") boolean ratio, String numeratorName, String denominatorName,
			@Schema(description = "应填的分组：TOTAL、SEX:FEMALE、AREA:URBAN、AGE:0-5 等") List<String> breakdowns) {
	}

	@Schema(description = "一项数据")
	record ValueDto(long id, String indicatorCode, String breakdown, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, String source, String note, String explanation,
			@Schema(description = "DRAFT, SUBMITTED, APPROVED") String status,
			@Schema(description = "REPORTED, ROLLUP, HISTORY") String origin,
			@Schema(description = "版本号：修改时原样带回，用于防止覆盖他人的修改") int version, String updatedBy,
			OffsetDateTime updatedAt) {
	}

	@Schema(description = "提交的一项数据")
	record CellDto(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String indicatorCode,
			@Schema(description = "缺省为 TOTAL") String breakdown, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, String source, String note, @Schema(description = "提醒类审核结果须填写的说明") String explanation,
			@Schema(description = "所改数据的版本号；新数据留空") Integer version) {
	}

	@Schema(description = "审核规则发现的问题")
	record FindingDto(String rule, @Schema(description = "HARD（须修改）或 SOFT（须说明）") String severity,
			String indicatorCode, String breakdown, String message) {
	}

	record SaveResultDto(List<FindingDto> findings, List<ValueDto> values) {
	}

	record ReasonDto(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
	}

	@Schema(description = "修改记录")
	record AuditDto(OffsetDateTime at, String byUser, String action, BigDecimal oldValue, BigDecimal oldNumerator,
			BigDecimal oldDenominator, BigDecimal newValue, BigDecimal newNumerator, BigDecimal newDenominator,
			String oldStatus, String newStatus, String reason) {
	}

}
