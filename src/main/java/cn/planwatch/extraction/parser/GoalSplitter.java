package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the lines of a section into its numbered items — the main goals under 主要目标 or the
 * measures under 策略措施 — written "1．", "1.", "1、", "（1）" or "(1)". Numbers must follow on: a
 * line that starts with a number out of sequence is a continuation of the current item, which is
 * how "8.5岁以下儿童…" (goal 8 about children under 5) and a wrapped "3.4‰和4.4‰以下" (part of a
 * list of values) are told apart. Lines are joined without the PDF's stray spaces.
 */
public final class GoalSplitter {

	private static final Pattern MARKER = Pattern.compile("^(?:\\(\\s*(\\d{1,2})\\s*\\)|(\\d{1,2})\\s*([.、)]))\\s*");

	private static final Pattern DECIMAL_WITH_UNIT = Pattern
		.compile("^\\d+(?:\\.\\d+)?\\s*(?:%|‰|/|个百分点|倍|个(?!月)|名|所|张|家|人|小时|元|以[上下内]|左右|、|和)");

	private static final String TERMINAL = "。;!?…\"”’)";

	private static final int LARGEST_GAP = 2;

	private GoalSplitter() {
	}

	/** One numbered item: its number, its joined text and the index of its first line. */
	public record Item(int number, String text, int line) {
	}

	/** The items found and any remarks for the reviewer (numbering gaps, text before the first item). */
	public record Items(List<Item> items, List<String> remarks) {
	}

	/** Splits clean lines into numbered items; lines before the first item are reported, not kept. */
	public static Items split(List<String> lines) {
		List<Item> items = new ArrayList<>();
		List<String> remarks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		int currentNumber = -1;
		int currentLine = -1;
		Boolean bracketed = null;
		String preamble = "";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher m = MARKER.matcher(WidthFolder.fold(line));
			Integer number = null;
			boolean lineBracketed = false;
			if (m.find()) {
				lineBracketed = m.group(1) != null;
				number = Integer.parseInt(lineBracketed ? m.group(1) : m.group(2));
			}
			boolean starts = number != null && (bracketed == null || bracketed == lineBracketed)
					&& follows(number, currentNumber, current, line.substring(m.end()), ".".equals(m.group(3)));
			if (starts) {
				if (currentNumber >= 0) {
					items.add(new Item(currentNumber, TextCleaner.join(current), currentLine));
				}
				if (currentNumber >= 0 && number != currentNumber + 1) {
					remarks.add("编号不连续：第 " + currentNumber + " 条之后是第 " + number + " 条");
				}
				if (currentNumber < 0 && number != 1) {
					remarks.add("编号从第 " + number + " 条开始");
				}
				bracketed = lineBracketed;
				currentNumber = number;
				currentLine = i;
				current = new ArrayList<>();
				current.add(line.substring(m.end()));
			}
			else if (currentNumber >= 0) {
				current.add(line);
			}
			else {
				preamble += line;
			}
		}
		if (currentNumber >= 0) {
			items.add(new Item(currentNumber, TextCleaner.join(current), currentLine));
		}
		if (!TextCleaner.squeeze(preamble).isEmpty() && !items.isEmpty()) {
			remarks.add("第 1 条之前有未编号的文字：" + abbreviate(TextCleaner.squeeze(preamble)));
		}
		return new Items(items, remarks);
	}

	private static boolean follows(int number, int currentNumber, List<String> current, String rest, boolean dotted) {
		if (currentNumber < 0) {
			return number >= 1; // some plans number their goals on across areas
		}
		boolean previousEnded = endsSentence(TextCleaner.join(current));
		if (dotted && !previousEnded && DECIMAL_WITH_UNIT.matcher(WidthFolder.fold(rest)).find()) {
			return false;
		}
		if (number == currentNumber + 1) {
			return true;
		}
		return previousEnded && number > currentNumber + 1 && number <= currentNumber + 1 + LARGEST_GAP;
	}

	private static boolean endsSentence(String text) {
		return !text.isEmpty() && TERMINAL.indexOf(WidthFolder.fold(text.charAt(text.length() - 1))) >= 0;
	}

	private static String abbreviate(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

}
