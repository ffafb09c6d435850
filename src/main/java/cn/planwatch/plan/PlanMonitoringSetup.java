package cn.planwatch.plan;

import java.util.List;

/**
 * The monitoring and evaluation machinery a plan asks for in its 组织实施 / 监测评估 sections:
 * annual monitoring, mid-term and final evaluation (and their years, when stated), who leads the
 * monitoring group (统计局) and the evaluation group (妇儿工委办公室), whether a leadership group is
 * set up, the levels of the statistics database, sex and age disaggregation, early warning and
 * publication. {@code evidence} keeps the sentences each finding came from.
 */
public record PlanMonitoringSetup(boolean annualMonitoring, boolean midTermEvaluation, boolean finalEvaluation,
		List<Integer> evaluationYears, String monitoringLead, String evaluationLead, boolean leadershipGroup,
		List<String> databaseLevels, boolean sexDisaggregated, boolean ageDisaggregated, boolean earlyWarning,
		boolean publication, List<String> evidence) {

	public PlanMonitoringSetup {
		evaluationYears = List.copyOf(evaluationYears);
		databaseLevels = List.copyOf(databaseLevels);
		evidence = List.copyOf(evidence);
	}

}
