package cn.planwatch.assessment;

import java.util.Collection;

import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.plan.PlanKind;

/**
 * One target's status in a year (its total), where it stands in its plan, and whether it was judged by
 * hand or has a warning calling for action — what composite rates and counts of warnings need, without
 * the rest of the result.
 */
public record TargetStatus(String regionCode, long planId, PlanKind kind, int areaOrdinal, long targetId,
		AttainmentStatus status, boolean judged, boolean needsAction) {

	/** The composite rate of the targets, by the settings' rule. */
	public static CompositeRate rate(Collection<TargetStatus> statuses, Settings settings) {
		return CompositeRate.of(statuses.stream().map(TargetStatus::status).toList(),
				(int) statuses.stream().filter(TargetStatus::judged).count(), settings);
	}

}
