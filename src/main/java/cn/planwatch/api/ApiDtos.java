package cn.planwatch.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the API. */
final class ApiDtos {

	private ApiDtos() {
	}

	@Schema(description = "地区")
	record RegionDto(@Schema(description = "区划代码（GB/T 2260 六位；乡镇为 12 位统计用区划代码）") String code,
			String name, @Schema(description = "PROVINCE, CITY, COUNTY 或 TOWNSHIP") String level,
			@Schema(description = "级别的中文名称") String levelLabel, String parentCode,
			@Schema(description = "是否为演示数据") boolean demo) {
	}

	@Schema(description = "规划，含领域、主要目标和目标")
	record PlanDto(long id, String regionCode, @Schema(description = "women 或 children") String kind, String title,
			int periodStart, int periodEnd, @Schema(description = "DRAFT、PUBLISHED 或 SUPERSEDED") String status,
			String sourceDocument, boolean demo, @Schema(description = "本版本取代的规划编号") Long supersedesPlanId,
			List<AreaDto> areas, @Schema(description = "规划要求的监测评估机制（导入的规划才有）") MonitoringDto monitoring) {
	}

	record AreaDto(int ordinal, String name, List<GoalDto> goals,
			@Schema(description = "只出现在策略措施中的量化目标，与主要目标分开") List<StrategyTargetDto> strategyTargets) {
	}

	record StrategyTargetDto(@Schema(description = "所在策略措施条目编号，0 表示未编号") int measure, String sentence,
			TargetDto target) {
	}

	@Schema(description = "规划要求的监测评估机制")
	record MonitoringDto(boolean annualMonitoring, boolean midTermEvaluation, boolean finalEvaluation,
			List<Integer> evaluationYears, String monitoringLead, String evaluationLead, boolean leadershipGroup,
			List<String> databaseLevels, boolean sexDisaggregated, boolean ageDisaggregated, boolean earlyWarning,
			boolean publication) {
	}

	record GoalDto(int number, String text, List<TargetDto> targets) {
	}

	@Schema(description = "目标")
	record TargetDto(long id, @Schema(description = "关联的目录指标代码，可为空") String indicatorCode,
			@Schema(description = "规划中的指标表述") String indicator,
			@Schema(description = ">=, <=, >, <, =, increase, decrease, maintain, eliminate, qualitative") String direction,
			BigDecimal value, String unit, Integer year, String qualifier, BigDecimal baselineValue,
			Integer baselineYear, BigDecimal midTermValue, List<ResponsibilityDto> responsibleDepartments) {
	}

	record ResponsibilityDto(long departmentId, String departmentName,
			@Schema(description = "LEAD（牵头）或 ASSIST（配合）") String role) {
	}

	@Schema(description = "成员单位")
	record DepartmentDto(long id, String regionCode, String kind, String kindName, String name, String liaisonName,
			String liaisonPhone) {
	}

	@Schema(description = "联络员信息")
	record LiaisonDto(String liaisonName, String liaisonPhone) {
	}

	@Schema(description = "目录指标")
	record IndicatorDto(String code, String name, String plan, int area, String areaName, String unit,
			@Schema(description = "HIGHER, LOWER 或 NEUTRAL") String polarity, String definition, String numerator,
			String denominator, BigDecimal multiplier, List<String> disaggregations, String sourceDepartmentKind) {
	}

	@Schema(description = "当前用户")
	record MeDto(String username, String displayName, String role, String roleLabel, String scopeRegionCode,
			Long departmentId) {
	}

}
