package cn.planwatch.collection.excel;

/**
 * Small string helpers for cell text: trimming that also removes full-width and non-breaking
 * spaces, quoting (shortened) for messages.
 */
final class Text {

	private static final int QUOTE_LENGTH = 30;

	private Text() {
	}

	static String trim(String text) {
		if (text == null) {
			return "";
		}
		int start = 0;
		int end = text.length();
		while (start < end && blank(text.charAt(start))) {
			start++;
		}
		while (end > start && blank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** The text as quoted in a message, cut after 30 characters. */
	static String quote(String text) {
		String trimmed = trim(text);
		return "“" + (trimmed.length() > QUOTE_LENGTH ? trimmed.substring(0, QUOTE_LENGTH) + "…" : trimmed) + "”";
	}

	private static boolean blank(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
	}

}
