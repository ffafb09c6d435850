/**
 * Web: the server-rendered Chinese user interface (Thymeleaf + htmx + Bootstrap + ECharts).
 * Holds no SQL and no business rules: it asks the other modules' public APIs and the
 * {@link cn.planwatch.access.AccessPolicy}. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web UI", allowedDependencies = { "region", "access", "plan", "extraction", "collection", "collection :: check",
		"assessment", "assessment :: engine", "report", "report :: wording", "evaluation",
		"shared" })
package cn.planwatch.web;
