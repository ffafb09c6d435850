package cn.planwatch.plan;

import java.util.List;

/** A development area of a plan (妇女与健康…), numbered by its ordinal. */
public record Area(Long id, int ordinal, String name, List<Goal> goals) {

	public Area {
		goals = List.copyOf(goals);
	}

	/** The Chinese ordinal heading, e.g. （一）. */
	public String ordinalLabel() {
		return "（" + ChineseNumerals.of(ordinal) + "）";
	}

}
