package cn.planwatch.plan;

import java.util.List;

/** What is needed to create a plan: its header and its areas with goals and targets (ids null). */
public record NewPlan(String regionCode, PlanKind kind, String title, int periodStart, int periodEnd,
		String sourceDocument, boolean demo, List<Area> areas) {

	public NewPlan {
		areas = List.copyOf(areas);
	}

}
