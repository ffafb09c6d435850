package cn.planwatch.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One main goal as a flat row, in the shape of the ground-truth {@code *.goals.jsonl} files:
 * the plan's kind, title, region and period, the area's number and name, the goal's number,
 * text and targets.
 */
public record GoalRow(String plan, String planTitle, String region, String period, String areaNo, String area,
		int goalNo, String text, List<ExtractedTarget> targets) {

	public GoalRow {
		targets = List.copyOf(targets);
	}

	/** The rows of every goal of every plan in a result, in document order. */
	public static List<GoalRow> of(ExtractionResult result) {
		List<GoalRow> rows = new ArrayList<>();
		for (ExtractedPlan plan : result.plans()) {
			for (ExtractedArea area : plan.areas()) {
				for (ExtractedGoal goal : area.goals()) {
					rows.add(new GoalRow(plan.kind(), plan.title(), plan.region(), plan.period(), area.areaNo(),
							area.name(), goal.number(), goal.text(), goal.targets()));
				}
			}
		}
		return rows;
	}

}
