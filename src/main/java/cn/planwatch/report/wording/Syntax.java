package cn.planwatch.report.wording;

/**
 * The characters of the template format. Each marker may be typed half-width or full-width, since
 * a Chinese input method in Notepad produces 【】｛｝？／＃ as readily as []{}?/#.
 */
final class Syntax {

	static final int MAX_NAME_LENGTH = 40;

	private static final String FORBIDDEN_IN_NAMES = "{}[]【】｛｝?？/／#＃";

	private Syntax() {
	}

	static boolean isComment(String strippedLine) {
		return strippedLine.startsWith("#") || strippedLine.startsWith("＃");
	}

	static boolean isOpenBrace(char c) {
		return either(c, '{', '｛');
	}

	static boolean isCloseBrace(char c) {
		return either(c, '}', '｝');
	}

	static boolean isBlockOpen(char c) {
		return either(c, '?', '？');
	}

	static boolean isBlockClose(char c) {
		return either(c, '/', '／');
	}

	static boolean isSectionClose(char c) {
		return either(c, ']', '】');
	}

	private static boolean either(char c, char halfWidth, char fullWidth) {
		return c == halfWidth || c == fullWidth;
	}

	/** A placeholder or section name: 1 to 40 characters, no white space, none of the markers. */
	static boolean isName(String name) {
		if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
			return false;
		}
		return name.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
				|| Character.isISOControl(c) || FORBIDDEN_IN_NAMES.indexOf(c) >= 0);
	}

}
