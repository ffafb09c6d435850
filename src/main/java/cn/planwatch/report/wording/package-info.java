/**
 * Report wording that an office edits itself: one plain UTF-8 text file per report kind, with
 * sections {@code [段落名]}, placeholders {@code {名称}} and conditional blocks
 * {@code {?名称}…{/名称}} (the format is described in each default template's own {@code #}
 * comments and in docs/ARCHITECTURE.md). {@link cn.planwatch.report.wording.WordingTemplate} parses
 * and renders a template, {@link cn.planwatch.report.wording.DefaultTemplates} reads the shipped
 * defaults under {@code report-templates/}, {@link cn.planwatch.report.wording.ReportKind} says
 * which sections and placeholders each kind of report uses. Plain Java: no Spring, no database.
 * Exposed to the web module as the named interface {@code wording} (the report kinds of the template page).
 */
@org.springframework.modulith.NamedInterface("wording")
package cn.planwatch.report.wording;
