package cn.planwatch.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Target;

/** How figures, targets, units, changes and dates are written in the reports' Chinese text. */
final class ReportTexts {

	private ReportTexts() {
	}

	/** At most two decimals, no trailing zeros: 9.80 → "9.8". */
	static String number(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0";
		}
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** A share as a percentage with one decimal: 0.8523 → "85.2%". */
	static String percent(double share) {
		return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** The unit as written after a number: "1/10万" reads "/10万" (9.8/10万); none is "". */
	static String unitAfterNumber(String unit) {
		if (unit == null) {
			return "";
		}
		return unit.startsWith("1/") ? unit.substring(1) : unit;
	}

	/** "妇女发展规划" or "儿童发展规划" from the plan's kind, for sentences like "…规划确定的76项目标". */
	static String shortPlanName(PlanSummary plan) {
		return planName(plan.kind());
	}

	static String planName(PlanKind kind) {
		return switch (kind) {
			case WOMEN -> "妇女发展规划";
			case CHILDREN -> "儿童发展规划";
		};
	}

	/** The target as a phrase: "不低于95%", "控制在12/10万以下", "逐步提高", "保持在100%". */
	static String targetText(Target target) {
		if (target.value() == null) {
			return switch (target.direction()) {
				case INCREASE -> "逐步提高";
				case DECREASE -> "逐步降低";
				case MAINTAIN -> "保持现有水平";
				case ELIMINATE -> "消除";
				default -> target.qualifier() == null || target.qualifier().isBlank() ? "定性目标" : target.qualifier();
			};
		}
		String value = number(target.value().doubleValue()) + unitAfterNumber(target.unit());
		return switch (target.direction()) {
			case AT_LEAST -> "不低于" + value;
			case ABOVE -> "高于" + value;
			case AT_MOST -> "控制在" + value + "以下";
			case BELOW -> "低于" + value;
			case EQUAL -> "达到" + value;
			case MAINTAIN -> "保持在" + value;
			case INCREASE -> "提高" + value;
			case DECREASE -> "降低" + value;
			case ELIMINATE -> "消除";
			case QUALITATIVE -> value;
		};
	}

	/** A change as read in a sentence: "提高1.2个百分点", "下降0.5", "持平". */
	static String change(double difference, String unit) {
		String size = number(Math.abs(difference));
		if (size.equals("0")) {
			return "持平";
		}
		String measure = unit == null ? "" : switch (unit) {
			case "%" -> "个百分点";
			case "‰" -> "个千分点";
			default -> unit.contains("/") ? "" : unit;
		};
		return (difference > 0 ? "提高" : "下降") + size + measure;
	}

}
