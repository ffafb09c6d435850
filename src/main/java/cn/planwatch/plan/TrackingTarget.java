package cn.planwatch.plan;

import java.math.BigDecimal;

/** A target that tracks a given catalogue indicator, with the plan and region it belongs to. */
public record TrackingTarget(long planId, String planTitle, String regionCode, PlanStatus planStatus, long targetId,
		String indicatorName, Direction direction, BigDecimal value, String unit, BigDecimal baselineValue,
		Integer baselineYear) {

}
