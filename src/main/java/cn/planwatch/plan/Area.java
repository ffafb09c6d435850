package cn.planwatch.plan;

import java.util.List;

/** A development area of a plan (妇女与健康…), numbered by its ordinal, with its goals and the targets of its strategy text. */
public record Area(Long id, int ordinal, String name, List<Goal> goals, List<AreaStrategyTarget> strategyTargets) {

	public Area {
		goals = List.copyOf(goals);
		strategyTargets = List.copyOf(strategyTargets);
	}

	public Area(Long id, int ordinal, String name, List<Goal> goals) {
		this(id, ordinal, name, goals, List.of());
	}

	/** The Chinese ordinal heading, e.g. （一）. */
	public String ordinalLabel() {
		return "（" + ChineseNumerals.of(ordinal) + "）";
	}

}
