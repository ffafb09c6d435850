package cn.planwatch.extraction.parser;

/**
 * Folds a string to the half-width forms the parser's patterns are written for, one character
 * for one character: full-width ASCII (１２％（），．：；) becomes ASCII, the ideographic and
 * non-breaking spaces become a space, and the dash variants (－ — – ― −) become {@code -}. Because
 * the length never changes, an index into the folded string is also an index into the original,
 * so spans can be cut from the verbatim text.
 */
public final class WidthFolder {

	private WidthFolder() {
	}

	/** The folded text, of the same length as {@code text}. */
	public static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(chars[i]);
		}
		return new String(chars);
	}

	/** The folded form of one character. */
	public static char fold(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200A', '\u202F', '\u205F', '\t' -> ' ';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63' -> '-';
			case '\u301C' -> '~';
			case '\uFE6A' -> '%';
			case '\uFF5F' -> '(';
			case '\uFF60' -> ')';
			default -> c;
		};
	}

}
