/**
 * API: the REST interface under {@code /api/v1}, described in OpenAPI at {@code /v3/api-docs}.
 * Holds no SQL and no business rules: it asks the other modules' public APIs and the
 * {@link cn.planwatch.access.AccessPolicy}, exactly as the web UI does. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "REST API", allowedDependencies = { "region", "access", "plan", "collection", "collection :: check",
		"assessment", "assessment :: engine", "report", "evaluation", "shared" })
package cn.planwatch.api;
