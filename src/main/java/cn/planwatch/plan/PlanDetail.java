package cn.planwatch.plan;

import java.util.List;
import java.util.stream.Stream;

/** A whole plan: header, areas, goals and targets. */
public record PlanDetail(PlanSummary summary, List<Area> areas) {

	public PlanDetail {
		areas = List.copyOf(areas);
	}

	public Stream<Target> targets() {
		return areas.stream().flatMap(a -> a.goals().stream()).flatMap(g -> g.targets().stream());
	}

}
