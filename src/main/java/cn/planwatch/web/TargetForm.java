package cn.planwatch.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;
import cn.planwatch.shared.InvalidInputException;

/** The review form of one target, as the browser sends it. */
public record TargetForm(String indicatorName, String direction, String value, String unit, String year, String qualifier,
		String indicatorCode, Long leadDepartmentId, List<Long> assistingDepartmentIds, String baselineValue,
		String baselineYear, String midTermValue, String span) {

	static TargetForm of(Target target) {
		return new TargetForm(target.indicatorName(), target.direction().code(), plain(target.value()), target.unit(),
				target.targetYear() == null ? "" : target.targetYear().toString(), target.qualifier(),
				target.indicatorCode(), target.leads().isEmpty() ? null : target.leads().get(0).departmentId(),
				target.assisting().stream().map(Responsibility::departmentId).toList(), plain(target.baselineValue()),
				target.baselineYear() == null ? "" : target.baselineYear().toString(), plain(target.midTermValue()),
				target.span());
	}

	static TargetForm empty() {
		return new TargetForm("", Direction.INCREASE.code(), "", "", "", "", "", null, List.of(), "", "", "", null);
	}

	/** The target this form describes; numbers that are not numbers are refused naming the field. */
	Target toTarget() {
		Direction parsedDirection;
		try {
			parsedDirection = Direction.fromCode(direction);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("direction", "请选择目标方向。");
		}
		List<Responsibility> responsibilities = new ArrayList<>();
		if (leadDepartmentId != null) {
			responsibilities.add(new Responsibility(leadDepartmentId, null, Responsibility.Role.LEAD));
		}
		if (assistingDepartmentIds != null) {
			assistingDepartmentIds.stream()
				.filter(id -> !id.equals(leadDepartmentId))
				.distinct()
				.forEach(id -> responsibilities.add(new Responsibility(id, null, Responsibility.Role.ASSIST)));
		}
		return new Target(null, blankToNull(indicatorCode), indicatorName == null ? null : indicatorName.strip(),
				parsedDirection, decimal("value", "目标值", value), blankToNull(unit), year("year", "目标年份", year),
				blankToNull(qualifier), blankToNull(span), decimal("baselineValue", "基期值", baselineValue),
				year("baselineYear", "基期年份", baselineYear), decimal("midTermValue", "中期目标值", midTermValue),
				responsibilities);
	}

	public boolean assists(long departmentId) {
		return assistingDepartmentIds != null && assistingDepartmentIds.contains(departmentId);
	}

	private static BigDecimal decimal(String field, String label, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace('，', '.').replace("％", "").replace("%", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, label + "“" + text + "”不是数字。");
		}
	}

	private static Integer year(String field, String label, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int year = Integer.parseInt(text.strip());
			if (year < 1949 || year > 2100) {
				throw new NumberFormatException();
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, label + "“" + text + "”不是有效的年份。");
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
