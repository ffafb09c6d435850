/**
 * The assessment engine: plain Java, no Spring, no database. Fed a target and its series, it returns
 * attainment, forecast, progress category and warnings with their Chinese reasons. Exposed to the
 * web and API modules as the named interface {@code engine} (the statuses, categories and rates they
 * display).
 */
@org.springframework.modulith.NamedInterface("engine")
package cn.planwatch.assessment.engine;
