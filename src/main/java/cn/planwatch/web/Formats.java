package cn.planwatch.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Target;

/** Formatting used by the templates, as {@code ${@fmt.target(t)}}. */
@Component("fmt")
public class Formats {

	/** A target as an office writes it: "≥70%", "≤12 1/10万", "提高", "定性". */
	public String target(Target target) {
		Direction direction = target.direction();
		if (target.value() == null) {
			return direction.label();
		}
		String value = number(target.value()) + unit(target.unit());
		return switch (direction) {
			case INCREASE -> "提高" + value;
			case DECREASE -> "降低" + value;
			case MAINTAIN -> "保持" + value;
			case EQUAL -> value;
			default -> direction.symbol() + value;
		};
	}

	public String number(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	/** A number for an input field: plain digits, empty for none. */
	public String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	public String valueWithUnit(BigDecimal value, String unit) {
		return value == null ? "—" : number(value) + unit(unit);
	}

	private static String unit(String unit) {
		if (unit == null) {
			return "";
		}
		return unit.equals("%") || unit.equals("‰") ? unit : " " + unit;
	}

}
