package cn.planwatch.report.wording;

import java.util.Collection;

/**
 * The Chinese sentences for everything that can be wrong with a template, each naming the
 * template, the line and the section, so the person editing it in Notepad can find the spot.
 */
final class ProblemMessages {

	private final String template;

	ProblemMessages(String templateName) {
		this.template = "模板“" + templateName + "”";
	}

	// reading the file

	TemplateProblem textOutsideSections(int line) {
		return problem(line, "", at(line, "") + "：这一行文字不属于任何段落，请在它前面加一行“[段落名]”；如果是说明，请在行首加“#”");
	}

	TemplateProblem unclosedSectionName(int line) {
		return problem(line, "", at(line, "") + "：段落名缺少右方括号“]”，应写作“[段落名]”");
	}

	TemplateProblem textAfterSectionName(int line) {
		return problem(line, "", at(line, "") + "：段落名所在的行只能写“[段落名]”，段落的文字请从下一行开始写");
	}

	TemplateProblem conditionalSectionName(int line, String name) {
		return problem(line, "", at(line, "") + "：段落名“" + name + "”中不能有问号；只在有数据时才出现的文字请写作“{?名称}……{/名称}”");
	}

	TemplateProblem badSectionName(int line, String name) {
		String shown = name.isEmpty() ? "方括号中没有段落名" : "段落名“" + name + "”中不能有空格、括号或“#”“/”“?”";
		return problem(line, "", at(line, "") + "：" + shown);
	}

	TemplateProblem duplicateSection(int line, String name, int firstLine) {
		return problem(line, name, at(line, "") + "：段落【" + name + "】重复出现，第" + firstLine + "行已有同名段落");
	}

	TemplateProblem unclosedBrace(int line, String section, String fragment) {
		return problem(line, section, at(line, section) + "：“" + fragment + "”缺少右花括号“}”，占位符应写作“{名称}”");
	}

	TemplateProblem strayCloseBrace(int line, String section) {
		return problem(line, section, at(line, section) + "：多了一个右花括号“}”，占位符应写作“{名称}”");
	}

	TemplateProblem unknownSyntax(int line, String section, String written) {
		return problem(line, section, at(line, section) + "：无法识别的写法“" + written
				+ "”；占位符应写作“{名称}”，只在有数据时才出现的文字应写作“{?名称}……{/名称}”，名称中不能有空格");
	}

	TemplateProblem unclosedBlock(int line, String section, String name) {
		return problem(line, section,
				at(line, section) + "：条件文字“{?" + name + "}”没有结束标记，请在它的末尾写“{/" + name + "}”");
	}

	TemplateProblem strayBlockEnd(int line, String section, String name) {
		return problem(line, section, at(line, section) + "：结束标记“{/" + name + "}”前面没有对应的“{?" + name + "}”");
	}

	TemplateProblem crossedBlockEnd(int line, String section, String name, String open, int openLine) {
		return problem(line, section, at(line, section) + "：结束标记“{/" + name + "}”与第" + openLine + "行的“{?" + open
				+ "}”不配对，应先写“{/" + open + "}”");
	}

	// rendering

	TemplateProblem missingValue(int line, String section, String placeholder) {
		return problem(line, section, at(line, section) + "中的占位符{" + placeholder + "}没有数据");
	}

	TemplateProblem unknownSection(String section, Collection<String> existing) {
		return problem(0, section, template + "中没有段落【" + section + "】（现有段落：" + String.join("、", existing) + "）");
	}

	// checking an uploaded template

	TemplateProblem missingSection(String section) {
		return problem(0, section, template + "缺少段落【" + section + "】，请按默认模板补上");
	}

	TemplateProblem emptySection(int line, String section) {
		return problem(line, section, at(line, "") + "：段落【" + section + "】没有文字");
	}

	TemplateProblem unknownPlaceholder(int line, String section, String placeholder) {
		return problem(line, section, at(line, section) + "中的占位符{" + placeholder + "}不是系统提供的数据项，请对照模板开头说明中列出的名称修改");
	}

	/** "模板“年度统计监测报告”第12行【总体情况】", the section left out when empty. */
	private String at(int line, String section) {
		return template + "第" + line + "行" + (section.isEmpty() ? "" : "【" + section + "】");
	}

	private static TemplateProblem problem(int line, String section, String message) {
		return new TemplateProblem(line, section, message);
	}

}
