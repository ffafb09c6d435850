package cn.planwatch.report.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Checking an uploaded template against what its report needs and provides, all problems at once. */
class TemplateValidationTest {

	private static final Set<String> REQUIRED = Set.of("总体情况", "附注");

	private static final Set<String> KNOWN = Set.of("年份", "地区", "综合达标率", "无数据数");

	@Test
	void aTemplateThatFitsHasNoProblems() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告",
				"[总体情况]\n{年份}年{地区}综合达标率为{综合达标率}{?无数据数}。{/无数据数}\n[附注]\n以上。\n[另加的段落]\n可以有。");

		assertThat(template.validate(REQUIRED, KNOWN)).isEmpty();
	}

	@Test
	void missingSectionsEmptySectionsAndUnknownPlaceholdersAreAllReported() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", """
				# 说明
				[总体情况]
				{年份}年{地区}综合达标率为{达标率}。
				{?有预警}请注意。{/有预警}
				[空段落]
				# 只有说明
				""");

		assertThat(template.validate(REQUIRED, KNOWN)).extracting(TemplateProblem::message)
			.containsExactly("模板“年度统计监测报告”缺少段落【附注】，请按默认模板补上",
					"模板“年度统计监测报告”第3行【总体情况】中的占位符{达标率}不是系统提供的数据项，请对照模板开头说明中列出的名称修改",
					"模板“年度统计监测报告”第4行【总体情况】中的占位符{有预警}不是系统提供的数据项，请对照模板开头说明中列出的名称修改",
					"模板“年度统计监测报告”第5行：段落【空段落】没有文字");
		assertThat(template.validate(REQUIRED, KNOWN)).extracting(TemplateProblem::line).containsExactly(0, 3, 4, 5);
	}

	@Test
	void checkReturnsTheMistakesInTheTextOrElseWhatValidationFinds() {
		assertThat(WordingTemplate.check("年度统计监测报告", "[总体情况\n{年份", REQUIRED, KNOWN)).extracting(TemplateProblem::line)
			.containsExactly(1, 2);
		assertThat(WordingTemplate.check("年度统计监测报告", "[总体情况]\n{年份}年。", REQUIRED, KNOWN))
			.extracting(TemplateProblem::message)
			.containsExactly("模板“年度统计监测报告”缺少段落【附注】，请按默认模板补上");
	}

}
