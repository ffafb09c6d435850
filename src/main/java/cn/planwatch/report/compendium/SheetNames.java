package cn.planwatch.report.compendium;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, unique within one workbook. Excel refuses the characters
 * {@code \ / ? * [ ] :}, a leading or trailing apostrophe, an empty name and more than 31
 * characters, and compares names without regard to case. The refused characters are replaced by
 * their full-width forms (妇女与健康/教育 → 妇女与健康／教育), which read the same; a long name is cut
 * at 31 characters; a repeated name gets "（2）", "（3）" … within the limit.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	private static final String REFUSED = "\\/?*[]:";

	private static final String FULL_WIDTH = "＼／？＊［］：";

	private static final String FALLBACK = "工作表";

	/** Excel reserves "History" for its change tracking. */
	private final Set<String> taken = new HashSet<>(Set.of("HISTORY"));

	/** A name for a new sheet: the wanted name made acceptable and not yet taken. */
	String add(String wanted) {
		String base = sanitize(wanted);
		String name = base;
		for (int copy = 2; taken.contains(key(name)); copy++) {
			String suffix = "（" + copy + "）";
			name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
		}
		taken.add(key(name));
		return name;
	}

	static String sanitize(String wanted) {
		StringBuilder name = new StringBuilder();
		String source = wanted == null ? "" : wanted;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			int refused = REFUSED.indexOf(c);
			if (refused >= 0) {
				name.append(FULL_WIDTH.charAt(refused));
			}
			else if (Character.isISOControl(c)) {
				name.append(' ');
			}
			else {
				name.append(c);
			}
		}
		String cleaned = stripApostrophes(name.toString().strip());
		String result = stripApostrophes(cut(cleaned, MAX_LENGTH).strip());
		return result.isEmpty() ? FALLBACK : result;
	}

	/** The text cut to at most {@code length} UTF-16 units without splitting a surrogate pair. */
	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private static String stripApostrophes(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '\'') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '\'') {
			end--;
		}
		return text.substring(start, end);
	}

	private static String key(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

}
