package cn.planwatch.report.wording;

import java.util.List;

/** A piece of a parsed section: plain text, a placeholder, or a block shown only when a value is present. */
sealed interface Part {

	/** Text as written, line breaks included. */
	record Literal(String text) implements Part {
	}

	/** {@code {名称}} on the given 1-based line. */
	record Slot(String name, int line) implements Part {
	}

	/** {@code {?名称}…{/名称}}, opened on the given 1-based line. */
	record Block(String name, int line, List<Part> parts) implements Part {

		public Block {
			parts = List.copyOf(parts);
		}

	}

}
