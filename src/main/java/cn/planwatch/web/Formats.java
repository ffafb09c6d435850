package cn.planwatch.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

	/** A share as a percentage with one decimal, e.g. 0.8148 → "81.5%"; "—" for none. */
	public String percent(Double share) {
		return share == null ? "—" : BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A figure with at most two decimals, e.g. 12.3456 → "12.35"; "—" for none. */
	public String decimal(Double value) {
		return value == null ? "—" : number(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
	}

	/** A stored figure with at most two decimals (a rate computed from its counts has many), "—" for none. */
	public String decimal(BigDecimal value) {
		return value == null ? "—" : number(value.setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * The colour class of a composite rate in tables and figures: 90 % and above, 80 %, 60 %, below 60 %,
	 * or none (no rate). The classes keep dark text on light colours, so the figure stays readable.
	 */
	public String rateLevel(Double share) {
		if (share == null) {
			return "pw-rate-none";
		}
		return share >= 0.9 ? "pw-rate-high" : share >= 0.8 ? "pw-rate-good" : share >= 0.6 ? "pw-rate-mid" : "pw-rate-low";
	}

	private static String unit(String unit) {
		if (unit == null) {
			return "";
		}
		return unit.equals("%") || unit.equals("‰") ? unit : " " + unit;
	}

}
