package cn.planwatch.report.document;

import java.util.Objects;

/** A table cell: its text and how it is emphasised (colour, and bold for {@link Tone#BAD}). */
public record Cell(String text, Tone tone) {

	public Cell {
		text = text == null ? "" : text;
		Objects.requireNonNull(tone, "tone");
	}

	public static Cell of(String text) {
		return new Cell(text, Tone.NORMAL);
	}

	public static Cell good(String text) {
		return new Cell(text, Tone.GOOD);
	}

	public static Cell warn(String text) {
		return new Cell(text, Tone.WARN);
	}

	public static Cell bad(String text) {
		return new Cell(text, Tone.BAD);
	}

}
