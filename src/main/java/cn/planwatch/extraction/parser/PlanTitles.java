package cn.planwatch.extraction.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the title line of a plan — "某某市妇女发展规划（2021—2030 年）", "高台县儿童发展规划(2021-2030年)",
 * "XX区妇女儿童发展规划（2021－2025年）" — and reads its kind, region and period. Lines of the covering
 * notice ("关于印发《…》的通知") are not titles.
 */
public final class PlanTitles {

	/** A draft's remark after the title: （征求意见稿）. */
	private static final String DRAFT = "(?:\\((?:征求意见稿|送审稿|草案|修订稿|试行|讨论稿)\\))?";

	private static final Pattern TITLE = Pattern
		.compile("^(.{2,40}?)(妇女儿童|妇女|儿童)发展(?:规划|纲要)\\((\\d{4})年?[-~至到]+(\\d{4})年?\\)" + DRAFT + "$");

	/** A title naming the five-year plan instead of years: "某某县“十四五”儿童发展规划". */
	private static final Pattern FIVE_YEAR_TITLE = Pattern
		.compile("^(.{2,40}?)[“\"]?十四五[”\"]?(妇女儿童|妇女|儿童)发展(?:规划|纲要)" + DRAFT + "$");

	private static final Pattern NOTICE_WORDS = Pattern.compile("关于|印发|通知|《|》|转发|规划|纲要|\\(|\\d");

	private static final Pattern ADMINISTRATIVE_UNIT = Pattern
		.compile(".+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗|镇|乡|街道)");

	private PlanTitles() {
	}

	/**
	 * A recognised title: {@code kinds} is "women", "children" or "women+children" for a combined
	 * plan; {@code title} is the line with its spaces removed.
	 */
	public record PlanTitle(String title, String kinds, String region, int periodStart, int periodEnd) {

		public String period() {
			return periodStart + "-" + periodEnd;
		}

	}

	/** Whether a folded, squeezed line looks like a plan title. */
	static boolean looksLikeTitle(String squeezedFolded) {
		String core = unwrap(squeezedFolded);
		return TITLE.matcher(core).matches() || FIVE_YEAR_TITLE.matcher(core).matches();
	}

	/** Reads a title line, or returns null when the line is no plan title. */
	public static PlanTitle read(String line) {
		String title = unwrap(TextCleaner.squeeze(line));
		String folded = WidthFolder.fold(title);
		Matcher m = TITLE.matcher(folded);
		int start;
		int end;
		if (m.matches()) {
			start = Integer.parseInt(m.group(3));
			end = Integer.parseInt(m.group(4));
		}
		else {
			m = FIVE_YEAR_TITLE.matcher(folded);
			if (!m.matches()) {
				return null;
			}
			start = 2021;
			end = 2025;
		}
		if (NOTICE_WORDS.matcher(m.group(1)).find() || end < start || end - start > 20) {
			return null;
		}
		String kinds = switch (m.group(2)) {
			case "妇女" -> "women";
			case "儿童" -> "children";
			default -> "women+children";
		};
		return new PlanTitle(title, kinds, region(title.substring(0, m.end(1))), start, end);
	}

	/** A title standing alone in book-title marks: 《…》 → …. */
	private static String unwrap(String title) {
		if (title.length() > 2 && title.startsWith("《") && title.endsWith("》") && title.indexOf('《', 1) < 0) {
			return title.substring(1, title.length() - 1);
		}
		return title;
	}

	/** The last administrative unit named in a title's prefix: 益阳市资阳区 → 资阳区. */
	static String region(String prefix) {
		Matcher m = ADMINISTRATIVE_UNIT.matcher(prefix);
		String last = null;
		while (m.find()) {
			last = m.group();
		}
		return last == null ? prefix : last;
	}

}
