package cn.planwatch.report.wording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a section with values. A placeholder whose name is not in the values (or maps to null) is
 * a problem; one that maps to an empty string prints nothing (a unit-less indicator's {单位}). A
 * block is shown only when its value is present: neither missing nor blank. Each
 * line of the result is a paragraph: lines are stripped of surrounding spaces, and lines left
 * empty (blank lines, the lines of block markers, blocks not shown) are dropped.
 */
final class Renderer {

	private final ProblemMessages messages;

	private final Section section;

	private final Map<String, String> values;

	private final StringBuilder out = new StringBuilder();

	private final List<TemplateProblem> missing = new ArrayList<>();

	/** Line and name of each placeholder already reported, so a repeated one is reported once. */
	private final Set<String> reported = new HashSet<>();

	private Renderer(ProblemMessages messages, Section section, Map<String, String> values) {
		this.messages = messages;
		this.section = section;
		this.values = values;
	}

	static String render(ProblemMessages messages, Section section, Map<String, String> values) {
		Renderer renderer = new Renderer(messages, section, values);
		renderer.write(section.parts());
		if (!renderer.missing.isEmpty()) {
			throw new TemplateException(renderer.missing);
		}
		return paragraphs(renderer.out.toString());
	}

	static boolean isPresent(String value) {
		return value != null && !value.isBlank();
	}

	private void write(List<Part> parts) {
		for (Part part : parts) {
			if (part instanceof Part.Literal literal) {
				out.append(literal.text());
			}
			else if (part instanceof Part.Slot slot) {
				String value = values.get(slot.name());
				if (value != null) {
					out.append(value);
				}
				else if (reported.add(slot.line() + ":" + slot.name())) {
					missing.add(messages.missingValue(slot.line(), section.name(), slot.name()));
				}
			}
			else if (part instanceof Part.Block block && isPresent(values.get(block.name()))) {
				write(block.parts());
			}
		}
	}

	private static String paragraphs(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n")) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				lines.add(stripped);
			}
		}
		return String.join("\n", lines);
	}

}
