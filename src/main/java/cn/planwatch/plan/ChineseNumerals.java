package cn.planwatch.plan;

/** Small Chinese numerals as used in headings: 一 … 九十九. */
public final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	public static String of(int n) {
		if (n < 1 || n > 99) {
			throw new IllegalArgumentException("Only 1..99 are supported: " + n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		int tens = n / 10;
		int ones = n % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : DIGITS.charAt(ones));
	}

}
