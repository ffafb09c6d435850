package cn.planwatch.report.document;

import java.awt.Color;
import java.util.List;

/** Colours shared by the writers and the charts, as RGB hex (Word) and AWT colours (PDF, charts). */
final class Palette {

	static final String TEXT = "000000";

	static final String RULE = "000000";

	static final String HEADER_FILL = "D9E2F3";

	static final String DEMO = "C00000";

	/** Series colours, distinguishable in print: dark blue, orange, green, purple, brown. */
	static final List<Color> SERIES = List.of(new Color(0x1F4E79), new Color(0xED7D31), new Color(0x548235),
			new Color(0x7030A0), new Color(0x843C0C));

	static final Color TARGET = new Color(0xC00000);

	static final Color MARKER = new Color(0x7F7F7F);

	static final Color GRID = new Color(0xD9D9D9);

	private Palette() {
	}

	static Color series(int index) {
		return SERIES.get(index % SERIES.size());
	}

	/** Text colour of a cell of that tone. */
	static String text(Tone tone) {
		return switch (tone) {
			case NORMAL -> TEXT;
			case GOOD -> "1E6B30";
			case WARN -> "9C5700";
			case BAD -> "C00000";
		};
	}

	/** Background of a cell of that tone, or {@code null} for none. */
	static String fill(Tone tone) {
		return switch (tone) {
			case NORMAL -> null;
			case GOOD -> "E2EFDA";
			case WARN -> "FFF2CC";
			case BAD -> "FBE2E2";
		};
	}

	static Color awt(String hex) {
		return new Color(Integer.parseInt(hex, 16));
	}

}
