package cn.planwatch.assessment.internal;

import java.util.List;
import java.util.stream.Collectors;

import cn.planwatch.assessment.engine.Bounds;
import cn.planwatch.assessment.engine.Direction;
import cn.planwatch.assessment.engine.Polarity;
import cn.planwatch.assessment.engine.TargetSpec;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;

/**
 * Turns a plan's target into the engine's {@link TargetSpec}:
 * <ul>
 * <li>direction as the plan states it; a bound without a number (relational, "不低于本地区…") can only be
 * judged by hand, so it is assessed as a qualitative target;</li>
 * <li>baseline year as stated, else the year before the plan period; target year as stated, else the
 * period's end; mid-term year the middle of the period (2025 for 2021–2030), with the mid-term value if the
 * plan gives one;</li>
 * <li>polarity of the catalogue indicator for 保持/= targets (the others imply it);</li>
 * <li>natural bounds from the unit: % → 0–100, ‰ → 0–1000, anything else ≥ 0;</li>
 * <li>the lead departments as the responsible department of warning sentences.</li>
 * </ul>
 */
public final class TargetSpecs {

	private TargetSpecs() {
	}

	public static TargetSpec of(PlanSummary plan, Target target, Indicator indicator, String breakdownLabel) {
		Direction direction = direction(target);
		String unit = target.unit() != null && !target.unit().isBlank() ? target.unit()
				: indicator == null ? "" : nullToEmpty(indicator.unit());
		int baselineYear = target.baselineYear() != null ? target.baselineYear() : plan.periodStart() - 1;
		int targetYear = target.targetYear() != null && target.targetYear() > baselineYear ? target.targetYear()
				: Math.max(plan.periodEnd(), baselineYear + 1);
		int midTermYear = (plan.periodStart() + plan.periodEnd()) / 2;
		String name = breakdownLabel == null ? target.indicatorName() : target.indicatorName() + "（" + breakdownLabel + "）";
		TargetSpec.Builder builder = TargetSpec.builder(name)
			.unit(unit)
			.department(departments(target.leads()))
			.target(direction, direction.isQualitative() || target.value() == null ? null : target.value().doubleValue())
			.baseline(baselineYear,
					breakdownLabel == null && target.baselineValue() != null ? target.baselineValue().doubleValue() : null)
			.targetYear(targetYear)
			.bounds(bounds(unit));
		if (midTermYear > baselineYear && midTermYear <= targetYear) {
			builder.midTerm(midTermYear, target.midTermValue() == null || breakdownLabel != null ? null
					: target.midTermValue().doubleValue());
		}
		Polarity polarity = polarity(direction, indicator);
		if (polarity != null) {
			builder.polarity(polarity);
		}
		return builder.build();
	}

	static Direction direction(Target target) {
		return switch (target.direction()) {
			case AT_LEAST -> numeric(target, Direction.AT_LEAST);
			case AT_MOST -> numeric(target, Direction.AT_MOST);
			case ABOVE -> numeric(target, Direction.ABOVE);
			case BELOW -> numeric(target, Direction.BELOW);
			case EQUAL -> numeric(target, Direction.EQUAL);
			case INCREASE -> Direction.INCREASE;
			case DECREASE -> Direction.DECREASE;
			case MAINTAIN -> Direction.MAINTAIN;
			case ELIMINATE -> Direction.ELIMINATE;
			case QUALITATIVE -> Direction.QUALITATIVE;
		};
	}

	private static Direction numeric(Target target, Direction direction) {
		return target.value() == null ? Direction.QUALITATIVE : direction;
	}

	/** Only 保持 and = need the indicator's polarity; the other directions imply theirs. */
	private static Polarity polarity(Direction direction, Indicator indicator) {
		if (direction != Direction.MAINTAIN && direction != Direction.EQUAL) {
			return null;
		}
		if (indicator == null) {
			return null;
		}
		return switch (indicator.polarity()) {
			case HIGHER -> Polarity.HIGHER;
			case LOWER -> Polarity.LOWER;
			default -> null;
		};
	}

	static Bounds bounds(String unit) {
		if (unit.contains("‰")) {
			return Bounds.PER_MILLE;
		}
		if (unit.equals("%")) {
			return Bounds.PERCENT;
		}
		return Bounds.NON_NEGATIVE;
	}

	private static String departments(List<Responsibility> leads) {
		return leads.stream().map(Responsibility::departmentName).collect(Collectors.joining("、"));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
