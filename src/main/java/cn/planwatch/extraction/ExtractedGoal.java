package cn.planwatch.extraction;

import java.util.List;

/** A numbered main goal (主要目标) with its verbatim, cleaned text and its targets. */
public record ExtractedGoal(int number, String text, List<ExtractedTarget> targets) {

	public ExtractedGoal {
		targets = List.copyOf(targets);
	}

}
