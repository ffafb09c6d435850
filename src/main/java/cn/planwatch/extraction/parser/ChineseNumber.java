package cn.planwatch.extraction.parser;

/**
 * Reads small Chinese numerals as they appear in headings and targets: 一 … 九十九, with 两 and 〇
 * and 百 (一百, 百). Returns -1 for anything else.
 */
public final class ChineseNumber {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumber() {
	}

	/** The value of a Chinese numeral, or -1. */
	public static int parse(String numeral) {
		if (numeral == null || numeral.isEmpty()) {
			return -1;
		}
		String s = numeral.replace('两', '二').replace('零', '〇');
		if (s.equals("百") || s.equals("一百")) {
			return 100;
		}
		int ten = s.indexOf('十');
		if (ten < 0) {
			return s.length() == 1 ? digit(s.charAt(0)) : -1;
		}
		if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) {
			return -1;
		}
		int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.charAt(0)) : -1);
		int units = ten == s.length() - 1 ? 0 : (ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1);
		if (tens <= 0 || units < 0) {
			return -1;
		}
		return tens * 10 + units;
	}

	/** Writes 1 … 99 as a Chinese numeral: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
	public static String format(int number) {
		if (number <= 0 || number >= 100) {
			return String.valueOf(number);
		}
		int tens = number / 10;
		int units = number % 10;
		String text = tens == 0 ? "" : (tens == 1 ? "十" : DIGITS.charAt(tens) + "十");
		return units == 0 ? text : text + DIGITS.charAt(units);
	}

	/** Whether every character is a Chinese numeral character this class reads. */
	public static boolean isNumeral(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> "〇零一二两三四五六七八九十百".indexOf(c) >= 0);
	}

	private static int digit(char c) {
		return DIGITS.indexOf(c);
	}

}
