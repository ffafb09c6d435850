/**
 * Collection: the annual monitoring rounds — rounds and department tasks, reported values with
 * their numerators, denominators and disaggregations, data checks (rules as data), the review
 * workflow, township roll-up and the audit trail. The checks and roll-up ({@code check}) are plain
 * Java with no Spring and no database inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data collection",
		allowedDependencies = { "region", "access", "plan", "shared" })
package cn.planwatch.collection;
