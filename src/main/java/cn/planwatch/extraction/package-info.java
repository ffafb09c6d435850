/**
 * Extraction: reading a plan notice (txt, docx, pdf) and turning it into structured plans —
 * areas, numbered main goals, targets, strategy-level targets and the monitoring set-up. The
 * reader and the parser ({@code parser}) are plain Java with no Spring and no database inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan-document extraction",
		allowedDependencies = { "region", "plan", "shared" })
package cn.planwatch.extraction;
