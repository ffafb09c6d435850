/**
 * Reports: the annual monitoring report (docx/pdf), the statistical compendium (xlsx), warning
 * notices to departments, evaluation reports, editable wording templates, and publication — the
 * frozen report files and indicator figures the public pages show. The writers ({@code document},
 * {@code compendium}) and the template format ({@code wording}) are plain Java with no Spring and no
 * database inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "region", "plan", "collection", "assessment", "assessment :: engine", "evaluation",
			"shared" })
package cn.planwatch.report;
