/**
 * Evaluation: the mid-term and final evaluation of a plan (中期评估 / 终期评估). The commission
 * office's evaluation group opens one for a plan; every department that leads a target of the plan
 * writes a self-assessment (自评报告) with one entry per led target and attached evidence; the group
 * scores each and accepts or returns it; the leadership group approves the evaluation or returns it
 * with a reason. Owns the tables {@code evaluation}, {@code evaluation_self_assessment},
 * {@code evaluation_entry}, {@code evaluation_attachment} and {@code evaluation_audit}. Who may do
 * what is decided by {@code access.AccessPolicy}, asked by the web pages and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation", allowedDependencies = { "region", "plan", "shared" })
package cn.planwatch.evaluation;
