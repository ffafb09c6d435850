package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a notice (as a PDF or web page gives it) into clean lines: page numbers
 * ({@code - 8 -}, {@code — 27 —}, {@code 第3页}), repeated page furniture (running headers and
 * footers), markdown bold markers and list bullets are removed, every line is trimmed and empty
 * lines are dropped. {@link #join(List)} glues the lines of one paragraph back together and drops
 * the stray spaces a PDF leaves between Chinese characters and numbers.
 */
public final class TextCleaner {

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?:-\\s*\\d{1,4}\\s*-|第\\s*\\d{1,4}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{1,3})");

	private static final Pattern LEADING_MARKDOWN = Pattern.compile("^(?:#{1,6}\\s+|[-*•·]\\s+|>\\s+)+");

	private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。,;:!?、]");

	private static final int FURNITURE_MAX_LENGTH = 30;

	private static final int FURNITURE_NEAR_PAGE_NUMBER = 5;

	private TextCleaner() {
	}

	/** The clean, trimmed, non-empty lines of a document. */
	public static List<String> lines(String raw) {
		String[] rawLines = raw.replace("\uFEFF", "")
			.replace("\u200B", "")
			.replace("**", "")
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.split("\n", -1);
		List<String> trimmed = new ArrayList<>(rawLines.length);
		Set<Integer> pageNumbers = new HashSet<>();
		for (String rawLine : rawLines) {
			String line = strip(rawLine);
			if (isPageNumber(line)) {
				pageNumbers.add(trimmed.size());
			}
			else {
				line = strip(stripMarkdown(line));
			}
			trimmed.add(line);
		}
		Set<Integer> furniture = furniture(trimmed, pageNumbers);
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < trimmed.size(); i++) {
			String line = trimmed.get(i);
			if (!line.isEmpty() && !pageNumbers.contains(i) && !furniture.contains(i)) {
				lines.add(line);
			}
		}
		return lines;
	}

	/** Joins the lines of one paragraph, removing whitespace except between two Latin letters. */
	public static String join(List<String> lines) {
		return squeeze(String.join("\n", lines));
	}

	/** Removes whitespace from a text except a single space between two Latin letters. */
	public static String squeeze(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				out.append(c);
				i++;
				continue;
			}
			int next = i;
			while (next < text.length() && isSpace(text.charAt(next))) {
				next++;
			}
			if (out.length() > 0 && next < text.length() && isLatinLetter(out.charAt(out.length() - 1))
					&& isLatinLetter(text.charAt(next))) {
				out.append(' ');
			}
			i = next;
		}
		return out.toString();
	}

	static boolean isPageNumber(String line) {
		return !line.isEmpty() && PAGE_NUMBER.matcher(WidthFolder.fold(line)).matches();
	}

	/**
	 * Short lines without sentence punctuation that repeat on many pages are running headers or
	 * footers. Headings that legitimately repeat (主要目标, 策略措施, area headings) are kept; a repeated
	 * plan title is kept once.
	 */
	private static Set<Integer> furniture(List<String> lines, Set<Integer> pageNumbers) {
		Map<String, List<Integer>> occurrences = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String key = squeeze(WidthFolder.fold(lines.get(i)));
			if (!key.isEmpty() && key.length() <= FURNITURE_MAX_LENGTH && !pageNumbers.contains(i)) {
				occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		Set<Integer> furniture = new HashSet<>();
		for (Map.Entry<String, List<Integer>> entry : occurrences.entrySet()) {
			List<Integer> where = entry.getValue();
			String key = entry.getKey();
			if (where.size() < 3 || SectionHeadings.isStructural(key)) {
				continue;
			}
			if (PlanTitles.looksLikeTitle(key)) {
				furniture.addAll(where.subList(1, where.size()));
				continue;
			}
			if (SENTENCE_PUNCTUATION.matcher(key).find()) {
				continue;
			}
			long nearPageNumbers = where.stream().filter(i -> nearPageNumber(i, pageNumbers)).count();
			if (where.size() >= 5 || nearPageNumbers * 2 >= where.size()) {
				furniture.addAll(where);
			}
		}
		return furniture;
	}

	private static boolean nearPageNumber(int index, Set<Integer> pageNumbers) {
		for (int d = -FURNITURE_NEAR_PAGE_NUMBER; d <= FURNITURE_NEAR_PAGE_NUMBER; d++) {
			if (pageNumbers.contains(index + d)) {
				return true;
			}
		}
		return false;
	}

	private static String stripMarkdown(String line) {
		return LEADING_MARKDOWN.matcher(line).replaceFirst("");
	}

	static String strip(String line) {
		int start = 0;
		int end = line.length();
		while (start < end && isSpace(line.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(start, end);
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

	private static boolean isLatinLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

}
