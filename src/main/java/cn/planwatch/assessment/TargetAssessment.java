package cn.planwatch.assessment;

import java.util.stream.Collectors;

import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;

/** A target of a plan in force with its place (area, numbered goal) and its stored result for one year and breakdown. */
public record TargetAssessment(long planId, int areaOrdinal, String areaName, int goalNumber, Target target,
		AssessmentResult result) {

	/** The lead departments, e.g. "卫生健康委、医保局". */
	public String leadDepartments() {
		return target.leads().stream().map(Responsibility::departmentName).collect(Collectors.joining("、"));
	}

	/** The target as the plan states it, e.g. "≥95%", "≤12 1/10万" or "逐步提高". */
	public String targetText() {
		if (target.value() == null) {
			return target.direction().label() + (target.qualifier() == null ? "" : target.qualifier());
		}
		String unit = target.unit() == null ? "" : target.unit();
		// a unit that starts with a digit ("1/10万") is kept apart from the number: "≤12 1/10万", not "≤121/10万"
		String separator = !unit.isEmpty() && Character.isDigit(unit.charAt(0)) ? " " : "";
		return target.direction().symbol() + target.value().stripTrailingZeros().toPlainString() + separator + unit;
	}

}
