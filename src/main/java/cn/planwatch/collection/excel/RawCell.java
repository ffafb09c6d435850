package cn.planwatch.collection.excel;

/**
 * A cell as stored in the sheet XML: its kind, its text (the number as written, the string, the
 * error code), whether it holds a formula, and its style index (for number formats).
 */
record RawCell(int column, Kind kind, String text, boolean formula, int style) {

	enum Kind {
		NUMBER, TEXT, BOOLEAN, ERROR,
		/** A formula without a cached result. */
		EMPTY
	}

	/** Anything a user put there: a non-blank value or a formula. */
	boolean hasContent() {
		return formula || !Text.trim(text).isEmpty();
	}

	/** What the cell shows, roughly, for messages and for comparing labels. */
	String shown() {
		return switch (kind) {
			case BOOLEAN -> "1".equals(text) ? "TRUE" : "FALSE";
			case EMPTY -> "";
			default -> Text.trim(text);
		};
	}

}
