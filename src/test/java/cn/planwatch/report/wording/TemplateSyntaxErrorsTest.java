package cn.planwatch.report.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every mistake in a template's text is reported with the template's name and the line. */
class TemplateSyntaxErrorsTest {

	private static List<String> problems(String text) {
		try {
			WordingTemplate.parse("年度统计监测报告", text);
		}
		catch (TemplateException e) {
			assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(TemplateProblem::message).toList()));
			return e.problems().stream().map(TemplateProblem::message).toList();
		}
		throw new AssertionError("The template was accepted: " + text);
	}

	@Test
	void aSectionNameWithoutItsClosingBracket() {
		assertThat(problems("# 说明\n[总体情况\n文字。")).containsExactly("模板“年度统计监测报告”第2行：段落名缺少右方括号“]”，应写作“[段落名]”");
	}

	@Test
	void textAfterASectionNameOnTheSameLine() {
		assertThat(problems("[总体情况] 文字。")).containsExactly("模板“年度统计监测报告”第1行：段落名所在的行只能写“[段落名]”，段落的文字请从下一行开始写");
	}

	@Test
	void aConditionalSectionNameIsRefusedWithAPointerToBlocks() {
		assertThat(problems("[预警段落?有预警]\n文字。")).singleElement()
			.asString()
			.startsWith("模板“年度统计监测报告”第1行：段落名“预警段落?有预警”中不能有问号")
			.contains("{?名称}");
	}

	@Test
	void anEmptySectionName() {
		assertThat(problems("[ ]\n文字。")).containsExactly("模板“年度统计监测报告”第1行：方括号中没有段落名");
	}

	@Test
	void aRepeatedSectionNamesBothLines() {
		assertThat(problems("[总体情况]\n甲。\n\n[总体情况]\n乙。"))
			.containsExactly("模板“年度统计监测报告”第4行：段落【总体情况】重复出现，第1行已有同名段落");
	}

	@Test
	void textBeforeTheFirstSection() {
		assertThat(problems("这是第一行。\n还有一行。\n[总体情况]\n文字。")).singleElement()
			.asString()
			.startsWith("模板“年度统计监测报告”第1行：这一行文字不属于任何段落");
	}

	@Test
	void aPlaceholderWithoutItsClosingBrace() {
		assertThat(problems("[总体情况]\n{年份}年，{地区监测的目标中"))
			.containsExactly("模板“年度统计监测报告”第2行【总体情况】：“{地区监测的目标中”缺少右花括号“}”，占位符应写作“{名称}”");
		assertThat(problems("[总体情况]\n{年份年，{地区}")).singleElement().asString().contains("第2行", "“{年份年，”缺少右花括号");
	}

	@Test
	void aStrayClosingBrace() {
		assertThat(problems("[总体情况]\n\n年份}年")).containsExactly("模板“年度统计监测报告”第3行【总体情况】：多了一个右花括号“}”，占位符应写作“{名称}”");
	}

	@Test
	void unknownSyntaxBetweenBraces() {
		assertThat(problems("[总体情况]\n{}年")).singleElement().asString().startsWith("模板“年度统计监测报告”第2行【总体情况】：无法识别的写法“{}”");
		assertThat(problems("[总体情况]\n{年 份}年")).singleElement().asString().contains("第2行", "“{年 份}”");
		assertThat(problems("[总体情况]\n{#年份}年")).singleElement().asString().contains("第2行", "“{#年份}”");
		assertThat(problems("[总体情况]\n{?}年")).singleElement().asString().contains("第2行", "“{?}”");
	}

	@Test
	void aBlockWithoutItsEndNamesTheLineItOpensOn() {
		assertThat(problems("[预警情况]\n共有预警。\n{?预警说明}\n{预警说明}\n\n[附注]\n文字。"))
			.containsExactly("模板“年度统计监测报告”第3行【预警情况】：条件文字“{?预警说明}”没有结束标记，请在它的末尾写“{/预警说明}”");
	}

	@Test
	void aBlockEndWithoutItsStart() {
		assertThat(problems("[预警情况]\n共有预警。{/预警说明}"))
			.containsExactly("模板“年度统计监测报告”第2行【预警情况】：结束标记“{/预警说明}”前面没有对应的“{?预警说明}”");
	}

	@Test
	void blocksThatCross() {
		assertThat(problems("[整改要求]\n{?联系人}联系人：{联系人}\n{?联系电话}电话：{联系电话}{/联系人}{/联系电话}"))
			.containsExactly("模板“年度统计监测报告”第3行【整改要求】：结束标记“{/联系人}”与第3行的“{?联系电话}”不配对，应先写“{/联系电话}”");
	}

	@Test
	void allMistakesAreReportedAtOnceInLineOrder() {
		List<String> problems = problems("""
				[总体情况]
				{年份年
				[领域段落
				[总体情况]
				多了}
				""");

		assertThat(problems).hasSize(4);
		assertThat(problems.get(0)).contains("第2行");
		assertThat(problems.get(1)).contains("第3行");
		assertThat(problems.get(2)).contains("第4行", "重复出现");
		assertThat(problems.get(3)).contains("第5行");
	}

}
