package cn.planwatch.report.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report's wording as an office wrote it: a plain text file of sections, each the sentences of
 * one part of the report with placeholders for the figures. The format:
 *
 * <pre>
 * # 以 # 开头的行是说明，不会出现在报告中
 * [总体情况]
 * {年份}年，{地区}……综合达标率为{综合达标率}。
 * [领域段落]
 * {领域名称}领域……{?无数据数}，暂无数据{无数据数}项{/无数据数}。
 * </pre>
 *
 * <ul>
 * <li>{@code [名称]} alone on a line starts a section, which runs to the next one; names are
 * unique.</li>
 * <li>{@code {名称}} is replaced by the value of that name; a name missing from the values (or
 * mapped to null) is an error, an empty value prints nothing.</li>
 * <li>{@code {?名称}…{/名称}} is shown only when the value of that name is present (not missing,
 * not blank); blocks may nest and span lines within a section.</li>
 * <li>Each line of the result is a paragraph; blank lines and spaces around lines are dropped.</li>
 * <li>Every marker may be typed half-width or full-width ({@code 【】｛｝？／＃}).</li>
 * </ul>
 * Immutable and safe to share between threads.
 */
public final class WordingTemplate {

	private final String name;

	private final Map<String, Section> sections;

	private final ProblemMessages messages;

	private WordingTemplate(String name, Map<String, Section> sections) {
		this.name = name;
		this.sections = sections;
		this.messages = new ProblemMessages(name);
	}

	/**
	 * Reads a template.
	 *
	 * @param name what the template is called in messages, e.g. 年度统计监测报告
	 * @param text the file's text (a leading byte-order mark is ignored)
	 * @throws TemplateException listing every mistake in the text, each with its line
	 */
	public static WordingTemplate parse(String name, String text) {
		return new WordingTemplate(name, TemplateParser.parse(name, text));
	}

	/**
	 * Everything wrong with an uploaded template, for showing before it is saved: the mistakes in
	 * the text, or when there are none, what {@link #validate} finds. Empty when the template is
	 * fit to use.
	 */
	public static List<TemplateProblem> check(String name, String text, Set<String> requiredSections,
			Set<String> knownPlaceholders) {
		try {
			return parse(name, text).validate(requiredSections, knownPlaceholders);
		}
		catch (TemplateException e) {
			return e.problems();
		}
	}

	public String name() {
		return name;
	}

	/** The section names in file order. */
	public List<String> sections() {
		return List.copyOf(sections.keySet());
	}

	public boolean hasSection(String section) {
		return sections.containsKey(section);
	}

	/**
	 * The section's text with every placeholder replaced, one paragraph a line.
	 *
	 * @param values by placeholder name; a block's name counts as present when its value is not
	 * blank, so pass "" (or leave the name out) for what the text should leave unsaid
	 * @throws TemplateException when there is no such section, or naming every placeholder shown
	 * that has no value, with its line
	 */
	public String render(String section, Map<String, String> values) {
		return Renderer.render(messages, section(section), values);
	}

	/** The names the section uses, as placeholders or as block conditions, in order of appearance. */
	public Set<String> placeholders(String section) {
		Set<String> names = new LinkedHashSet<>();
		PartWalk.forEachName(section(section).parts(), (placeholder, line) -> names.add(placeholder));
		return names;
	}

	/**
	 * What keeps the template from serving its report: required sections that are missing, sections
	 * without text, names the report does not provide. All of them at once, in line order; empty
	 * when there are none.
	 */
	public List<TemplateProblem> validate(Set<String> requiredSections, Set<String> knownPlaceholders) {
		List<TemplateProblem> problems = new ArrayList<>();
		for (String required : requiredSections) {
			if (!sections.containsKey(required)) {
				problems.add(messages.missingSection(required));
			}
		}
		for (Section section : sections.values()) {
			if (!section.hasContent()) {
				problems.add(messages.emptySection(section.line(), section.name()));
			}
			PartWalk.forEachName(section.parts(), (placeholder, line) -> {
				if (!knownPlaceholders.contains(placeholder)) {
					problems.add(messages.unknownPlaceholder(line, section.name(), placeholder));
				}
			});
		}
		problems.sort(Comparator.comparingInt(TemplateProblem::line));
		return problems;
	}

	private Section section(String section) {
		Section found = sections.get(section);
		if (found == null) {
			throw new TemplateException(List.of(messages.unknownSection(section, sections.keySet())));
		}
		return found;
	}

}
