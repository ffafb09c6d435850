package cn.planwatch.plan;

/**
 * Published inside the transaction that publishes a plan, so that whatever is derived from the
 * plans in force (assessments, monitoring tasks) can follow. {@code supersededPlanId} is the plan it
 * replaced, if any.
 */
public record PlanPublished(long planId, String regionCode, Long supersededPlanId) {

}
