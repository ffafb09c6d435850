package cn.planwatch.assessment.engine;

/**
 * Judges the attainment of a target by one year's value y:
 * <ul>
 * <li>qualitative target → 定性目标; no value → 无数据;</li>
 * <li>y meets the goal ({@link Goal#meets}) → 已实现;</li>
 * <li>numeric targets only: shortfall(y) ≤ allowed shortfall ({@link ToleranceKind}) → 基本实现;</li>
 * <li>otherwise → 未实现 ("逐步提高/降低" have no tolerance: y must beat the baseline).</li>
 * </ul>
 */
public final class Attainment {

	private Attainment() {
	}

	public static AttainmentStatus judge(TargetSpec target, Baseline baseline, Double value, Settings settings) {
		if (target.direction().isQualitative()) {
			return AttainmentStatus.QUALITATIVE;
		}
		if (value == null) {
			return AttainmentStatus.NO_DATA;
		}
		Goal goal = Goal.of(target, baseline).orElse(null);
		if (goal == null) {
			// 逐步提高 / 保持 with no baseline: nothing to compare with
			return AttainmentStatus.NO_DATA;
		}
		if (goal.meets(value)) {
			return AttainmentStatus.ACHIEVED;
		}
		if (!target.direction().isDirectional()
				&& goal.shortfall(value) <= settings.toleranceKind().allowedShortfall(settings.tolerance(), goal.value())
						* (1 + Goal.EPSILON)) {
			return AttainmentStatus.BASICALLY_ACHIEVED;
		}
		return AttainmentStatus.NOT_ACHIEVED;
	}

}
