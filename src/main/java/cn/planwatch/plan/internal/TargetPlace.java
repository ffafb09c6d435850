package cn.planwatch.plan.internal;

/** Where a target or goal sits: its plan, its area and (for a goal's target or a goal) the goal. */
public record TargetPlace(long planId, long areaId, Long goalId) {

}
