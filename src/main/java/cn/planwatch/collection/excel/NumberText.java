package cn.planwatch.collection.excel;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number typed as text, accepting what is unambiguous — full-width digits, thousands
 * separators in groups of three, a trailing % where the indicator's unit is % — and explaining
 * everything else in Chinese.
 */
final class NumberText {

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

	private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern WITH_UNIT = Pattern.compile("[+-]?[\\d.,]*\\d[\\d.,]*\\s*[^\\d\\s.,%]+.*");

	private static final Set<String> NO_DATA = Set.of("-", "--", "—", "——", "–", "/", "\\", "无", "空", "缺", "暂无",
			"不详", "未知", "n/a", "na", "null", "×", "x", "*");

	private NumberText() {
	}

	/**
	 * @param percentUnit whether the number is in % (then "85.3%" means 85.3); a trailing % is refused otherwise
	 * @param unit the unit named in the message when a % is refused
	 */
	static CellReading parse(String typed, boolean percentUnit, String unit) {
		String text = Text.trim(halfWidth(typed));
		String quoted = Text.quote(typed);
		if (text.isEmpty()) {
			return CellReading.NOTHING;
		}
		boolean percent = text.endsWith("%");
		if (percent) {
			text = Text.trim(text.substring(0, text.length() - 1));
		}
		if (THOUSANDS.matcher(text).matches()) {
			text = text.replace(",", "");
		}
		else if (text.contains(",") && PLAIN.matcher(text.replace(",", "")).matches()) {
			return CellReading.refused(quoted + "中的逗号位置不对，无法确定数值：千位分隔符应每三位一个，小数点请用“.”。");
		}
		if (!PLAIN.matcher(text).matches()) {
			return CellReading.refused(notANumber(text, quoted));
		}
		if (percent && !percentUnit) {
			return CellReading.refused(quoted + "带有百分号，但" + unitName(unit) + "，请只填写数值。");
		}
		return CellReading.number(normalise(new BigDecimal(text)));
	}

	/** Stored digits as a plain number: no trailing zeros, no exponent ("1.50" → 1.5, "1.2E+3" → 1200). */
	static BigDecimal normalise(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static String unitName(String unit) {
		return unit == null || unit.isBlank() ? "分子、分母应填写计数" : "本指标单位是“" + unit + "”";
	}

	private static String notANumber(String text, String quoted) {
		if (NO_DATA.contains(text.toLowerCase(Locale.ROOT))) {
			return quoted + "不是数字：没有数据请留空，数值为零请填 0。";
		}
		if (WITH_UNIT.matcher(text).matches()) {
			return quoted + "不是数字：请只填写数值，不要带单位或文字（说明可写在备注列）。";
		}
		return quoted + "不是数字，请填写阿拉伯数字。";
	}

	/** Full-width digits, point, comma, signs and percent sign (typed with a Chinese input method) as ASCII. */
	static String halfWidth(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '０' && c <= '９') {
				out.append((char) (c - '０' + '0'));
			}
			else {
				out.append(switch (c) {
					case '．' -> '.';
					case '，' -> ',';
					case '－', '−' -> '-';
					case '＋' -> '+';
					case '％' -> '%';
					default -> c;
				});
			}
		}
		return out.toString();
	}

}
