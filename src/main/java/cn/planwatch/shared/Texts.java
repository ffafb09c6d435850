package cn.planwatch.shared;

/** Small text helpers for input that people typed. */
public final class Texts {

	private Texts() {
	}

	/** The text without surrounding white space, or null when nothing is left. */
	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
