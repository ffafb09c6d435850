package cn.planwatch.extraction.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the headings that structure a plan: the 主要目标 and 策略措施 headings of an area
 * (bare, numbered "1.主要目标", "（一）主要目标", with or without a colon), Chinese ordinal headings
 * ("（一）妇女与健康", "(二) 儿童与安全", "三、组织实施") and the part headings of the plan body.
 * All methods take a line as written; they fold widths themselves.
 */
public final class SectionHeadings {

	private static final String MARKER = "(?:\\(?\\s*[一二三四五六七八九十\\d]{1,3}\\s*\\)|[一二三四五六七八九十\\d]{1,3}\\s*[、.])?\\s*";

	private static final Pattern GOALS = Pattern.compile("^" + MARKER + "主要目标\\s*(:?)\\s*(.*)$");

	private static final Pattern STRATEGIES = Pattern
		.compile("^" + MARKER + "(?:策略措施|主要措施|工作措施|具体措施|推进措施)\\s*(:?)\\s*(.*)$");

	private static final Pattern BRACKETED_ORDINAL = Pattern.compile("^\\(\\s*([一二三四五六七八九十]{1,3})\\s*\\)\\s*(.*)$");

	private static final Pattern LISTED_ORDINAL = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*、\\s*(.*)$");

	private static final Pattern PART = Pattern.compile("第[一二三四五六七八九十]{1,3}(?:部分|篇|章)");

	private static final Pattern NUMBERED = Pattern.compile("^\\(?\\s*\\d{1,2}\\s*[).、]");

	private SectionHeadings() {
	}

	/** A Chinese ordinal heading: its number and the text after the marker. */
	public record OrdinalHeading(int ordinal, String text, boolean bracketed) {
	}

	/** Whether the line is a 主要目标 heading (possibly followed by the first goal on the same line). */
	public static boolean isGoalsHeading(String line) {
		return headingRemainder(GOALS, line) != null;
	}

	/** Whether the line is a 策略措施 (or 主要措施…) heading. */
	public static boolean isStrategiesHeading(String line) {
		return headingRemainder(STRATEGIES, line) != null;
	}

	/**
	 * The text after a 主要目标 heading on the same line ("主要目标：1.…"), empty when the heading stands
	 * alone, null when the line is no such heading.
	 */
	public static String goalsRemainder(String line) {
		return headingRemainder(GOALS, line);
	}

	/** Like {@link #goalsRemainder(String)}, for the 策略措施 heading. */
	public static String strategiesRemainder(String line) {
		return headingRemainder(STRATEGIES, line);
	}

	private static String headingRemainder(Pattern pattern, String line) {
		Matcher m = pattern.matcher(WidthFolder.fold(line));
		if (!m.matches()) {
			return null;
		}
		if (m.group(2).isEmpty()) {
			return "";
		}
		// "主要目标：1.…" carries its first item; "主要目标纳入…" is a sentence, not a heading
		return m.group(1).isEmpty() ? null : line.substring(m.start(2));
	}

	/** The Chinese ordinal heading a line starts with, or null. */
	public static OrdinalHeading ordinalHeading(String line) {
		String folded = WidthFolder.fold(line);
		Matcher m = BRACKETED_ORDINAL.matcher(folded);
		boolean bracketed = true;
		if (!m.matches()) {
			m = LISTED_ORDINAL.matcher(folded);
			bracketed = false;
			if (!m.matches()) {
				return null;
			}
		}
		int ordinal = ChineseNumber.parse(m.group(1));
		if (ordinal <= 0) {
			return null;
		}
		return new OrdinalHeading(ordinal, line.substring(m.start(2)), bracketed);
	}

	/** A part heading of the plan body such as "三、组织实施" (a short line, listed ordinal). */
	public static boolean isPartHeading(String line) {
		OrdinalHeading heading = ordinalHeading(line);
		return heading != null && !heading.bracketed() && TextCleaner.squeeze(heading.text()).length() <= 40;
	}

	/** A heading that closes the areas before it: "三、组织实施" or "第二部分 儿童发展". */
	public static boolean isPartBreak(String line) {
		return isPartHeading(line) || PART.matcher(WidthFolder.fold(line)).lookingAt();
	}

	/** Whether a (folded, squeezed) line is a heading that may legitimately repeat in a document. */
	static boolean isStructural(String line) {
		return isGoalsHeading(line) || isStrategiesHeading(line) || ordinalHeading(line) != null
				|| NUMBERED.matcher(line).find();
	}

}
