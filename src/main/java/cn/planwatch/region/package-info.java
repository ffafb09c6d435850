/**
 * Regions and departments: the administrative region tree (province → city → county → township)
 * and the member departments (成员单位) of each region with their liaison officers.
 * Owns the tables {@code region}, {@code region_department_kind} and {@code region_department}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and departments", allowedDependencies = { "shared" })
package cn.planwatch.region;
