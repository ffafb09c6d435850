package cn.planwatch.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target of a goal: the indicator as the plan words it (and the catalogue indicator it is
 * linked to, if any), direction, value, unit, target year, qualifier, the source span, the
 * baseline, an optional mid-term value, and the responsible departments. {@code id} is null
 * for a target not yet saved.
 */
public record Target(Long id, String indicatorCode, String indicatorName, Direction direction, BigDecimal value,
		String unit, Integer targetYear, String qualifier, String span, BigDecimal baselineValue, Integer baselineYear,
		BigDecimal midTermValue, List<Responsibility> responsibilities) {

	public Target {
		responsibilities = List.copyOf(responsibilities);
	}

	public List<Responsibility> leads() {
		return responsibilities.stream().filter(r -> r.role() == Responsibility.Role.LEAD).toList();
	}

	public List<Responsibility> assisting() {
		return responsibilities.stream().filter(r -> r.role() == Responsibility.Role.ASSIST).toList();
	}

	public boolean isNumeric() {
		return value != null;
	}

}
