package cn.planwatch.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a plan — a re-imported notice against the plan in force.
 * Areas are matched by ordinal, goals by number within their area, targets by the indicator as
 * worded and their direction; a changed value, unit, year or qualifier is a changed target.
 */
public final class PlanComparison {

	private PlanComparison() {
	}

	public static List<PlanChange> between(PlanDetail older, PlanDetail newer) {
		List<PlanChange> changes = new ArrayList<>();
		Map<Integer, Area> oldAreas = byOrdinal(older.areas());
		Map<Integer, Area> newAreas = byOrdinal(newer.areas());
		for (Area area : newer.areas()) {
			Area before = oldAreas.get(area.ordinal());
			if (before == null) {
				changes.add(new PlanChange(PlanChange.Kind.AREA_ADDED, area.ordinalLabel() + area.name(), ""));
			}
			else {
				compareGoals(before, area, changes);
			}
		}
		for (Area area : older.areas()) {
			if (!newAreas.containsKey(area.ordinal())) {
				changes.add(new PlanChange(PlanChange.Kind.AREA_REMOVED, area.ordinalLabel() + area.name(), ""));
			}
		}
		return changes;
	}

	private static void compareGoals(Area before, Area after, List<PlanChange> changes) {
		Map<Integer, Goal> oldGoals = new LinkedHashMap<>();
		before.goals().forEach(g -> oldGoals.put(g.number(), g));
		Map<Integer, Goal> newGoals = new LinkedHashMap<>();
		after.goals().forEach(g -> newGoals.put(g.number(), g));
		for (Goal goal : after.goals()) {
			String where = after.ordinalLabel() + after.name() + " 第 " + goal.number() + " 条";
			Goal old = oldGoals.get(goal.number());
			if (old == null) {
				changes.add(new PlanChange(PlanChange.Kind.GOAL_ADDED, where, goal.text()));
				continue;
			}
			if (!normalise(old.text()).equals(normalise(goal.text()))) {
				changes.add(new PlanChange(PlanChange.Kind.GOAL_CHANGED, where, "原：" + old.text() + "\n新：" + goal.text()));
			}
			compareTargets(where, old.targets(), goal.targets(), changes);
		}
		for (Goal goal : before.goals()) {
			if (!newGoals.containsKey(goal.number())) {
				changes.add(new PlanChange(PlanChange.Kind.GOAL_REMOVED,
						before.ordinalLabel() + before.name() + " 第 " + goal.number() + " 条", goal.text()));
			}
		}
	}

	private static void compareTargets(String where, List<Target> before, List<Target> after, List<PlanChange> changes) {
		Map<String, Target> old = new LinkedHashMap<>();
		before.forEach(t -> old.putIfAbsent(key(t), t));
		Map<String, Target> current = new LinkedHashMap<>();
		after.forEach(t -> current.putIfAbsent(key(t), t));
		current.forEach((key, target) -> {
			Target previous = old.get(key);
			if (previous == null) {
				changes.add(new PlanChange(PlanChange.Kind.TARGET_ADDED, where, describe(target)));
			}
			else if (!sameNumber(previous.value(), target.value()) || !Objects.equals(previous.unit(), target.unit())
					|| !Objects.equals(previous.targetYear(), target.targetYear())
					|| !Objects.equals(previous.qualifier(), target.qualifier())) {
				changes.add(new PlanChange(PlanChange.Kind.TARGET_CHANGED, where,
						target.indicatorName() + "：" + describe(previous) + " → " + describe(target)));
			}
		});
		old.forEach((key, target) -> {
			if (!current.containsKey(key)) {
				changes.add(new PlanChange(PlanChange.Kind.TARGET_REMOVED, where, describe(target)));
			}
		});
	}

	private static String key(Target target) {
		return normalise(target.indicatorName()) + "|" + target.direction().code();
	}

	private static String describe(Target target) {
		StringBuilder text = new StringBuilder(target.indicatorName()).append(' ').append(target.direction().symbol());
		if (target.value() != null) {
			text.append(target.value().stripTrailingZeros().toPlainString());
			if (target.unit() != null) {
				text.append(target.unit());
			}
		}
		if (target.targetYear() != null) {
			text.append("（").append(target.targetYear()).append("年）");
		}
		if (target.qualifier() != null) {
			text.append("，").append(target.qualifier());
		}
		return text.toString();
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replaceAll("\\s+", "");
	}

	private static Map<Integer, Area> byOrdinal(List<Area> areas) {
		Map<Integer, Area> map = new LinkedHashMap<>();
		areas.forEach(a -> map.put(a.ordinal(), a));
		return map;
	}

}
