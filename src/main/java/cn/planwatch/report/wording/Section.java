package cn.planwatch.report.wording;

import java.util.List;

/** A parsed {@code [段落名]} section: its name, the line of its header and what it says. */
record Section(String name, int line, List<Part> parts) {

	Section {
		parts = List.copyOf(parts);
	}

	/** Whether the section has any placeholder or any text other than white space. */
	boolean hasContent() {
		return hasContent(parts);
	}

	private static boolean hasContent(List<Part> parts) {
		for (Part part : parts) {
			if (part instanceof Part.Literal literal ? !literal.text().isBlank()
					: !(part instanceof Part.Block block) || hasContent(block.parts())) {
				return true;
			}
		}
		return false;
	}

}
