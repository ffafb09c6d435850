package cn.planwatch.report.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a template file into its sections. A line whose first visible character is {@code #} is
 * a comment; {@code [名称]} alone on a line starts a section (a line that starts with {@code [} but
 * is not such a header is a mistake; {@code 【名称】} counts as a header only when it stands alone);
 * every other line belongs to the section above it. All mistakes are collected, then thrown
 * together.
 */
final class TemplateParser {

	private final ProblemMessages messages;

	private final List<TemplateProblem> problems = new ArrayList<>();

	private final Map<String, Section> sections = new LinkedHashMap<>();

	private final Map<String, Integer> headerLines = new HashMap<>();

	private SectionBuilder current;

	/** False while the lines belong to a section that is not kept (a repeated or misnamed one). */
	private boolean keeping;

	private boolean reportedTextOutside;

	private TemplateParser(String templateName) {
		this.messages = new ProblemMessages(templateName);
	}

	/** The sections in file order. */
	static Map<String, Section> parse(String templateName, String text) {
		TemplateParser parser = new TemplateParser(templateName);
		String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			parser.line(i + 1, lines[i]);
		}
		parser.finishSection();
		if (!parser.problems.isEmpty()) {
			List<TemplateProblem> sorted = new ArrayList<>(parser.problems);
			sorted.sort(Comparator.comparingInt(TemplateProblem::line));
			throw new TemplateException(sorted);
		}
		return parser.sections;
	}

	private void line(int number, String line) {
		String stripped = line.strip();
		if (Syntax.isComment(stripped)) {
			return;
		}
		if (isHeader(stripped)) {
			header(number, stripped);
		}
		else if (current != null) {
			current.line(number, line);
		}
		else if (!stripped.isEmpty() && !reportedTextOutside) {
			problems.add(messages.textOutsideSections(number));
			reportedTextOutside = true;
		}
	}

	private static boolean isHeader(String stripped) {
		if (stripped.startsWith("[")) {
			return true;
		}
		return stripped.startsWith("【") && stripped.endsWith("】") && stripped.indexOf('】') == stripped.length() - 1;
	}

	private void header(int number, String stripped) {
		finishSection();
		int close = 1;
		while (close < stripped.length() && !Syntax.isSectionClose(stripped.charAt(close))) {
			close++;
		}
		String name = stripped.substring(1, Math.min(close, stripped.length())).strip();
		TemplateProblem problem = null;
		if (close == stripped.length()) {
			problem = messages.unclosedSectionName(number);
		}
		else if (close != stripped.length() - 1) {
			problem = messages.textAfterSectionName(number);
		}
		else if (name.chars().anyMatch(c -> Syntax.isBlockOpen((char) c))) {
			problem = messages.conditionalSectionName(number, name);
		}
		else if (!Syntax.isName(name)) {
			problem = messages.badSectionName(number, name);
		}
		else if (headerLines.containsKey(name)) {
			problem = messages.duplicateSection(number, name, headerLines.get(name));
		}
		if (problem != null) {
			problems.add(problem);
		}
		// a section with a bad header is still read, so the mistakes in its lines are found too
		current = new SectionBuilder(name, number, messages, problems);
		keeping = problem == null;
		if (keeping) {
			headerLines.put(name, number);
		}
	}

	private void finishSection() {
		if (current == null) {
			return;
		}
		Section section = current.build();
		if (keeping) {
			sections.put(section.name(), section);
		}
		current = null;
	}

}
