package cn.planwatch.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.assessment.engine.ProgressCategory;

/** An area of a plan (妇女与健康…) in one year: its composite attainment rate and its targets' results. */
public record AreaAssessment(int ordinal, String name, CompositeRate rate, List<TargetAssessment> targets) {

	public AreaAssessment {
		targets = List.copyOf(targets);
	}

	public Map<AttainmentStatus, Long> statusCounts() {
		Map<AttainmentStatus, Long> counts = new EnumMap<>(AttainmentStatus.class);
		targets.forEach(t -> counts.merge(t.result().status(), 1L, Long::sum));
		return counts;
	}

	public Map<ProgressCategory, Long> progressCounts() {
		Map<ProgressCategory, Long> counts = new EnumMap<>(ProgressCategory.class);
		targets.forEach(t -> counts.merge(t.result().progress(), 1L, Long::sum));
		return counts;
	}

	public long warned() {
		return targets.stream().filter(t -> t.result().needsAction()).count();
	}

}
