/**
 * Assessment: for every target, region and year, computes where the target stands (attainment and
 * the composite attainment rate), where it is heading (robust trend and forecast to the mid-term
 * and target years) and whether someone must be warned, with the reason in plain Chinese. The
 * computing core ({@code engine}) is plain Java with no Spring and no database inside: it is fed
 * series and returns results. The Spring side stores the results ({@code assessment_result}),
 * recomputes a region when its approved values or plans change, keeps hand judgements of
 * qualitative targets and the rectification (整改) items issued from warnings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "region", "plan", "collection", "shared" })
package cn.planwatch.assessment;
