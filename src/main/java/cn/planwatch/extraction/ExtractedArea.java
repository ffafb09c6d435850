package cn.planwatch.extraction;

import java.util.List;

/** A development area: its heading number as written (（一）), its ordinal, name, goals and strategy targets. */
public record ExtractedArea(String areaNo, int ordinal, String name, List<ExtractedGoal> goals,
		List<StrategyTarget> strategyTargets) {

	public ExtractedArea {
		goals = List.copyOf(goals);
		strategyTargets = List.copyOf(strategyTargets);
	}

}
