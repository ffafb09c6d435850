package cn.planwatch.report.document;

import java.util.List;
import java.util.Objects;

/** One piece of a report's body. The writers lay each kind out the same way in Word and in PDF. */
public sealed interface Block {

	/**
	 * A numbered or plain heading; level 1 to 3. Word gets real heading styles (navigation pane, table
	 * of contents), the PDF gets bookmarks.
	 */
	record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level must be 1 to 3: " + level);
			}
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * A body paragraph, first line indented by two characters.
	 *
	 * @param lead a phrase set in bold before the text (一是……, 主要问题：), or an empty string
	 * @param text the rest of the paragraph
	 */
	record Paragraph(String lead, String text) implements Block {

		public Paragraph {
			lead = lead == null ? "" : lead;
			Objects.requireNonNull(text, "text");
		}

		public static Paragraph of(String text) {
			return new Paragraph("", text);
		}

	}

	/**
	 * A table whose header row repeats on every page it runs over.
	 *
	 * @param caption shown above the table (表1 …), or an empty string
	 * @param header the column titles
	 * @param rows the body rows, each as wide as the header
	 * @param relativeWidths one positive weight per column, or empty for equal columns
	 */
	record Table(String caption, List<String> header, List<List<Cell>> rows, List<Integer> relativeWidths)
			implements Block {

		public Table {
			caption = caption == null ? "" : caption;
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			relativeWidths = List.copyOf(relativeWidths);
			if (header.isEmpty()) {
				throw new IllegalArgumentException("a table needs at least one column");
			}
			for (List<Cell> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException(
							"row has " + row.size() + " cells, header has " + header.size() + ": " + row);
				}
			}
			if (!relativeWidths.isEmpty() && (relativeWidths.size() != header.size()
					|| relativeWidths.stream().anyMatch(width -> width <= 0))) {
				throw new IllegalArgumentException("one positive width per column expected: " + relativeWidths);
			}
		}

		/** Column weights, equal ones when none were given. */
		public List<Integer> columnWeights() {
			return relativeWidths.isEmpty() ? header.stream().map(column -> 1).toList() : relativeWidths;
		}

	}

	/** A chart drawn by {@link ChartRenderer}, with its caption below (图1 …) or an empty string. */
	record Chart(ChartSpec spec, String caption) implements Block {

		public Chart {
			Objects.requireNonNull(spec, "spec");
			caption = caption == null ? "" : caption;
		}

	}

	/** Starts a new page. */
	record PageBreak() implements Block {
	}

}
