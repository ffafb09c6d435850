package cn.planwatch.report.compendium;

/**
 * The width of text in Excel character units, a Chinese character (and full-width punctuation)
 * counting as two, and the column width that fits it.
 */
final class TextWidth {

	private TextWidth() {
	}

	static int of(String text) {
		return text.codePoints().map(TextWidth::of).sum();
	}

	/** A column width (in 1/256 of a character, as POI wants it) for the given width in characters. */
	static int column(int characters) {
		return Math.min(255, characters) * 256;
	}

	private static int of(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		boolean wide = script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFFEF) || codePoint == 0x2014 || codePoint == 0x2026
				|| codePoint == 0x201C || codePoint == 0x201D;
		return wide ? 2 : 1;
	}

}
