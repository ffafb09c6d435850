package cn.planwatch.extraction;

import java.util.List;

/**
 * What a plan's 组织实施 / 监测评估 sections ask of monitoring: which evaluations, who leads the
 * monitoring and evaluation groups, the levels of the statistics database, early warning and
 * publication of results. {@code evidence} holds the cleaned sentences each finding came from.
 */
public record MonitoringSetup(boolean annualMonitoring, boolean midTermEvaluation, boolean finalEvaluation,
		List<Integer> evaluationYears, String monitoringLead, String evaluationLead, boolean leadershipGroup,
		List<String> databaseLevels, boolean sexDisaggregated, boolean ageDisaggregated, boolean earlyWarning,
		boolean publication, List<String> evidence) {

	public MonitoringSetup {
		evaluationYears = List.copyOf(evaluationYears);
		databaseLevels = List.copyOf(databaseLevels);
		evidence = List.copyOf(evidence);
	}

}
