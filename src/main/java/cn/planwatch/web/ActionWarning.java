package cn.planwatch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.WarningRule;

/**
 * A target whose warning calls for action (预计完成困难, 逆向变化, 退步, 波动较大), with the rectification
 * items already issued for it that year — a row of the cockpit's warning list and of its export.
 */
public record ActionWarning(String planTitle, TargetAssessment target, List<String> labels, List<String> texts,
		List<Rectification> items, int severity) {

	/**
	 * The warnings of a region's plans, most pressing first: a target moving away from its goal (逆向变化,
	 * 退步) before one that will hardly make it (预计完成困难), before volatile ones; then in plan order.
	 */
	static List<ActionWarning> of(RegionAssessment assessment, List<Rectification> itemsOfRegion) {
		Map<Long, List<Rectification>> byTarget = itemsOfRegion.stream()
			.filter(i -> i.year() == assessment.year())
			.collect(Collectors.groupingBy(Rectification::targetId));
		List<ActionWarning> warnings = new ArrayList<>();
		for (PlanAssessment plan : assessment.plans()) {
			for (TargetAssessment target : plan.warned()) {
				List<ResultWarning> pressing = target.result().warnings().stream().filter(ResultWarning::needsAction).toList();
				warnings.add(new ActionWarning(plan.plan().title(), target,
						pressing.stream().map(ResultWarning::label).distinct().toList(),
						pressing.stream().map(ResultWarning::text).toList(),
						byTarget.getOrDefault(target.target().id(), List.of()),
						pressing.stream().mapToInt(w -> severity(w.rule())).min().orElse(9)));
			}
		}
		warnings.sort(Comparator.comparingInt(ActionWarning::severity));
		return warnings;
	}

	private static int severity(WarningRule rule) {
		return switch (rule) {
			case REVERSING, REGRESSED -> 0;
			case DIFFICULT -> 1;
			default -> 2;
		};
	}

	/** Whether an item issued for this warning is still open (not yet 销号). */
	public boolean rectifying() {
		return items.stream().anyMatch(Rectification::isOpen);
	}

}
