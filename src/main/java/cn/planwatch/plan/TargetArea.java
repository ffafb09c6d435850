package cn.planwatch.plan;

/** Where a target of a plan in force stands: its plan, the plan's kind and the area (its ordinal). */
public record TargetArea(long targetId, long planId, PlanKind kind, int areaOrdinal) {
}
