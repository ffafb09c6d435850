package cn.planwatch.extraction.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the measurable quantities in a folded clause: numbers with a unit (98%, 3.0‰, 12/10万, 11/万,
 * 0.5—1个百分点, 4.5个, 1名), the words that stand for numbers (百分之百, 一半以上, 全覆盖, 两个全覆盖, 应保尽保,
 * 至少一名) and the bound written right after them (以上, 以下, 以内, 左右). Numbers that are years
 * (2025年), ages (5岁, 0—6个月, 6月龄), ordinals (第2) or bare counts without a unit are not
 * quantities; a bare number inside a list takes the unit of the next item (98、95和85%). Fractions
 * written out (千分之五, 十万分之十二) are read too.
 */
public final class QuantityReader {

	private static final String UNITS = "%|‰|/10万|/万|/千|个百分点|万人次|人次|个|名|所|人|张|家|项|次|小时|元|倍";

	private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)(?:\\s*([-~至到])\\s*(\\d+(?:\\.\\d+)?))?\\s*("
			+ UNITS + ")?");

	private static final Pattern BOUND = Pattern.compile("^\\s*(及以上|以上|及以下|以下|以内|左右|上下)");

	private static final String NOT_A_QUANTITY_AFTER = "岁周月年天日号期届级类种条段分秒型孩代批轮";

	private static final Pattern HUNDRED_PERCENT_WORD = Pattern.compile("百分之百");

	private static final Pattern PERCENT_WORD = Pattern.compile("百分之([〇零一二两三四五六七八九十]{1,3})");

	/** Fractions written out: 千分之五 (‰), 十万分之十二 (1/10万), 万分之十一 (1/万). */
	private static final Pattern FRACTION_WORD = Pattern
		.compile("(十万|万|千)分之(\\d+(?:\\.\\d+)?|[〇零一二两三四五六七八九十百]{1,3})");

	private static final Pattern HALF = Pattern.compile("(一半|半数)(以上)?");

	private static final Pattern FULL_COVERAGE = Pattern
		.compile("(?:([两二三四五六七八九十])个)?[“\"]?(?<![健齐安完周保成])全覆盖(?!率|的|面)");

	private static final Pattern ALL_WHO_SHOULD = Pattern.compile("应(\\p{IsHan})尽\\1");

	private static final Pattern COUNT_WORD = Pattern
		.compile("(至少|不少于|不低于|各配备|配备|设置|建设|建立|办好|有)([一二两三四五六七八九十]{1,3})(名|所|家|个|人)|([一二两三四五六七八九十]{1,3})(名|所|家|个|人)(以上)");

	private static final String LIST_JOINERS = "、|和|及|与|或|以及";

	private QuantityReader() {
	}

	/**
	 * A quantity: [start, end) in the clause including its bound word; {@code upper} is set for a
	 * range; {@code bound} is the word after it; {@code implied} is the direction words like 全覆盖
	 * carry ("="), or null; {@code count} is how many targets it stands for (两个全覆盖 → 2).
	 */
	public record Quantity(int start, int end, BigDecimal value, BigDecimal upper, String unit, String bound,
			String implied, int count, boolean coverage) {

		boolean isRange() {
			return upper != null;
		}

	}

	/** The quantities of a folded clause, in order, without overlaps. */
	public static List<Quantity> find(String clause) {
		List<Quantity> found = new ArrayList<>();
		numbers(clause, found);
		words(clause, found);
		found.sort(Comparator.comparingInt(Quantity::start));
		return removeOverlaps(found);
	}

	private static void numbers(String clause, List<Quantity> found) {
		Matcher m = NUMBER.matcher(clause);
		List<int[]> unitless = new ArrayList<>();
		while (m.find()) {
			if (m.group(1).length() > 9 || precededByOrdinal(clause, m.start())) {
				continue;
			}
			String unit = m.group(4);
			int afterNumber = m.end();
			if (unit == null) {
				if (isYear(m.group(1), clause, m.end(1)) || isYear(m.group(3), clause, m.end())) {
					continue;
				}
				if (afterNumber < clause.length() && NOT_A_QUANTITY_AFTER.indexOf(clause.charAt(afterNumber)) >= 0) {
					continue;
				}
				unitless.add(new int[] { m.start(), m.end() });
				continue;
			}
			if (!unitStands(unit, clause, m.end())) {
				continue;
			}
			if (m.group(2) != null && "至到".contains(m.group(2)) && m.group(3) == null) {
				continue;
			}
			found.add(withBound(clause, m.start(), m.end(), number(m.group(1)), number(m.group(3)), normalUnit(unit),
					null));
		}
		inheritListUnits(clause, unitless, found);
	}

	/** A bare number followed by a list joiner and a quantity with a unit takes that unit: 98、95和85%. */
	private static void inheritListUnits(String clause, List<int[]> unitless, List<Quantity> found) {
		for (int i = unitless.size() - 1; i >= 0; i--) {
			int[] bare = unitless.get(i);
			Quantity next = found.stream()
				.filter(q -> q.start() >= bare[1])
				.min(Comparator.comparingInt(Quantity::start))
				.orElse(null);
			if (next == null || !clause.substring(bare[1], next.start()).strip().matches(LIST_JOINERS)) {
				continue;
			}
			String digits = clause.substring(bare[0], bare[1]).strip();
			Matcher m = NUMBER.matcher(digits);
			if (m.matches()) {
				found.add(new Quantity(bare[0], bare[1], number(m.group(1)), number(m.group(3)), next.unit(), null, null,
						1, false));
			}
		}
	}

	private static void words(String clause, List<Quantity> found) {
		Matcher m = HUNDRED_PERCENT_WORD.matcher(clause);
		while (m.find()) {
			found.add(withBound(clause, m.start(), m.end(), BigDecimal.valueOf(100), null, "%", "="));
		}
		m = PERCENT_WORD.matcher(clause);
		while (m.find()) {
			int value = ChineseNumber.parse(m.group(1));
			if (value > 0 && value < 100) {
				found.add(withBound(clause, m.start(), m.end(), BigDecimal.valueOf(value), null, "%", null));
			}
		}
		m = FRACTION_WORD.matcher(clause);
		while (m.find()) {
			BigDecimal value = Character.isDigit(m.group(2).charAt(0)) ? new BigDecimal(m.group(2))
					: (ChineseNumber.parse(m.group(2)) > 0 ? BigDecimal.valueOf(ChineseNumber.parse(m.group(2))) : null);
			if (value != null) {
				String unit = switch (m.group(1)) {
					case "十万" -> "1/10万";
					case "万" -> "1/万";
					default -> "‰";
				};
				found.add(withBound(clause, m.start(), m.end(), value, null, unit, null));
			}
		}
		m = HALF.matcher(clause);
		while (m.find()) {
			found.add(new Quantity(m.start(), m.end(), BigDecimal.valueOf(50), null, "%", m.group(2), null, 1, false));
		}
		m = FULL_COVERAGE.matcher(clause);
		while (m.find()) {
			int count = m.group(1) == null ? 1 : Math.max(1, ChineseNumber.parse(m.group(1)));
			found.add(new Quantity(m.start(), m.end(), BigDecimal.valueOf(100), null, "%", null, "=", count, true));
		}
		m = ALL_WHO_SHOULD.matcher(clause);
		while (m.find()) {
			found.add(new Quantity(m.start(), m.end(), BigDecimal.valueOf(100), null, "%", null, "=", 1, true));
		}
		m = COUNT_WORD.matcher(clause);
		while (m.find()) {
			boolean prefixed = m.group(2) != null;
			int value = ChineseNumber.parse(prefixed ? m.group(2) : m.group(4));
			if (value > 0) {
				int start = prefixed ? m.start(2) : m.start(4);
				String unit = prefixed ? m.group(3) : m.group(5);
				String bound = prefixed ? null : m.group(6);
				found.add(new Quantity(start, m.end(), BigDecimal.valueOf(value), null, unit, bound, null, 1, false));
			}
		}
	}

	private static Quantity withBound(String clause, int start, int end, BigDecimal value, BigDecimal upper,
			String unit, String implied) {
		Matcher b = BOUND.matcher(clause.substring(end));
		String bound = null;
		if (b.find()) {
			bound = b.group(1).replace("及", "");
			end += b.end();
		}
		return new Quantity(start, end, value, upper, unit, bound, implied, 1, false);
	}

	private static boolean unitStands(String unit, String clause, int end) {
		char next = end < clause.length() ? clause.charAt(end) : ' ';
		return switch (unit) {
			case "个" -> next != '月' && next != '人' && next != '体';
			case "家" -> next != '庭' && next != '长' && next != '属';
			case "所" -> next != '有' && next != '在' && next != '属';
			case "人" -> next != '民' && next != '口' && next != '员' && next != '群';
			case "名" -> next != '单' && next != '称' && next != '义';
			case "次" -> next != '数' && next != '要';
			case "项" -> next != '目';
			default -> true;
		};
	}

	private static boolean isYear(String digits, String clause, int end) {
		if (digits == null || digits.length() != 4 || digits.contains(".")) {
			return false;
		}
		int year = Integer.parseInt(digits);
		return year >= 1949 && year <= 2100;
	}

	private static boolean precededByOrdinal(String clause, int start) {
		int i = start - 1;
		while (i >= 0 && clause.charAt(i) == ' ') {
			i--;
		}
		return i >= 0 && clause.charAt(i) == '第';
	}

	static String normalUnit(String unit) {
		return switch (unit) {
			case "/10万" -> "1/10万";
			case "/万" -> "1/万";
			case "/千" -> "‰";
			default -> unit;
		};
	}

	static BigDecimal number(String digits) {
		return digits == null ? null : new BigDecimal(digits);
	}

	private static List<Quantity> removeOverlaps(List<Quantity> sorted) {
		List<Quantity> kept = new ArrayList<>();
		for (Quantity q : sorted) {
			if (!kept.isEmpty() && q.start() < kept.get(kept.size() - 1).end()) {
				Quantity previous = kept.get(kept.size() - 1);
				if (q.end() - q.start() > previous.end() - previous.start()) {
					kept.set(kept.size() - 1, q);
				}
				continue;
			}
			kept.add(q);
		}
		return kept;
	}

}
