/**
 * Plans and indicators: the indicator catalogue (监测指标目录) and the women's and children's
 * plans of each region with their areas, numbered main goals, targets and responsible departments.
 * Owns the tables {@code plan_indicator}, {@code plan}, {@code plan_area}, {@code plan_goal},
 * {@code plan_target} and {@code plan_target_responsibility}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and indicators", allowedDependencies = { "region", "shared" })
package cn.planwatch.plan;
