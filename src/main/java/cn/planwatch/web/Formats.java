package cn.planwatch.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Target;

/** Formatting used by the templates, as {@code ${@fmt.target(t)}}. */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("HH:mm:ss");

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

	/** A moment as a date and minute in the server's time zone: "2026-03-31 14:05"; "—" for none. */
	public String dateTime(OffsetDateTime at) {
		return at == null ? "—" : at.atZoneSameInstant(ZoneId.systemDefault()).format(MINUTE);
	}

	/** A moment as the time of day in the server's time zone: "14:05:09". */
	public String time(OffsetDateTime at) {
		return at == null ? "—" : at.atZoneSameInstant(ZoneId.systemDefault()).format(SECOND);
	}

	private static String unit(String unit) {
		if (unit == null) {
			return "";
		}
		return unit.equals("%") || unit.equals("‰") ? unit : " " + unit;
	}

}
