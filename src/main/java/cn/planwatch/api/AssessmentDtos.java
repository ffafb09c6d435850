package cn.planwatch.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the assessment API. */
final class AssessmentDtos {

	private AssessmentDtos() {
	}

	@Schema(description = "地区某年度的评估：口径说明、各规划的综合达标率、领域、牵头单位和每个目标")
	record RegionAssessmentDto(String regionCode, String regionName, boolean demo, int year, List<Integer> years,
			@Schema(description = "综合达标率的分母口径") String denominatorRule,
			@Schema(description = "基本实现的容差") String tolerance, List<PlanAssessmentDto> plans,
			@Schema(description = "分性别指标的性别差距") List<SexGapDto> sexGaps) {
	}

	@Schema(description = "性别差距：最近年度女性、男性数值，差值（女−男）、比值（女/男），差距是否在缩小，及中文表述")
	record SexGapDto(String indicatorCode, String indicatorName, int year, double female, double male, double difference,
			Double ratio, boolean narrowing, String text) {
	}

	@Schema(description = "下辖地区排名；rank 为 null 表示达标率无法计算")
	record RankDto(Integer rank, String regionCode, String regionName, RateDto rate) {
	}

	record PlanAssessmentDto(long planId, String kind, String title, String period, RateDto rate, List<AreaRateDto> areas,
			List<DepartmentRateDto> departments, List<TargetResultDto> targets) {
	}

	@Schema(description = "综合达标率 =（已实现 + 基本实现）/ 分母；rate 为 0—1 的小数，分母为 0 时为 null")
	record RateDto(Double rate, int numerator, int denominator, int achieved, int basicallyAchieved, int notAchieved,
			int noData, int qualitative, int judged, @Schema(description = "带口径的中文表述") String text) {
	}

	record AreaRateDto(int ordinal, String name, int targets, RateDto rate, long warned) {
	}

	record DepartmentRateDto(String department, RateDto rate) {
	}

	record ProjectionDto(int year, Double value, Double lower, Double upper) {
	}

	record WarningDto(String rule, String label, @Schema(description = "是否需要整改（数据不足以判定为否）") boolean needsAction,
			String text) {
	}

	@Schema(description = "一个目标的评估结果")
	record TargetResultDto(long targetId, int area, int goal, String indicatorCode, String indicatorName, String direction,
			BigDecimal targetValue, String unit, String leadDepartments, int year, Double value, String status,
			String statusLabel, String progress, String progressLabel,
			@Schema(description = "完成比例 P =（目标年预测值 − 基期值）/（目标值 − 基期值）") Double share, Double midTermShare,
			Integer baselineYear, Double baselineValue, ProjectionDto forecast, ProjectionDto midTermForecast,
			String scale, Double yearlyChange, int points, Double trendPValue, boolean uncertain, boolean judged,
			List<WarningDto> warnings, String explanation) {
	}

}
