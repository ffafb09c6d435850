package cn.planwatch.plan;

import java.util.List;

/**
 * What is needed to create a plan: its header, its areas with goals and targets (ids null), and
 * optionally the monitoring set-up it asks for, the import it came from and the plan it replaces.
 */
public record NewPlan(String regionCode, PlanKind kind, String title, int periodStart, int periodEnd,
		String sourceDocument, boolean demo, List<Area> areas, PlanMonitoringSetup monitoring, Long sourceImportId,
		Long supersedesPlanId) {

	public NewPlan {
		areas = List.copyOf(areas);
	}

	public NewPlan(String regionCode, PlanKind kind, String title, int periodStart, int periodEnd, String sourceDocument,
			boolean demo, List<Area> areas) {
		this(regionCode, kind, title, periodStart, periodEnd, sourceDocument, demo, areas, null, null, null);
	}

}
