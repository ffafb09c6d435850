package cn.planwatch.plan;

import java.util.List;

/** A numbered main goal (主要目标) of an area, with its text and targets. */
public record Goal(Long id, int number, String text, List<Target> targets) {

	public Goal {
		targets = List.copyOf(targets);
	}

}
