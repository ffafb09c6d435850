package cn.planwatch.report.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordingTemplateTest {

	private static final String TEMPLATE = """
			# 年度统计监测报告措辞模板（# 开头的行是说明）
			[总体情况]
			{年份}年，{地区}监测的{目标数}项目标中，已实现{已实现数}项，综合达标率为{综合达标率}。
			  # 缩进的说明也不会出现
			＃ 全角井号的说明也不会出现

			[领域段落]
			{领域名称}领域{?无数据数}，暂无数据{无数据数}项{/无数据数}。
			{?预警说明}
			需要关注的是：{预警说明}
			{/预警说明}
			本段到此为止。
			""";

	private static Map<String, String> values(String... namesAndValues) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return values;
	}

	@Test
	void aSectionIsRenderedWithItsPlaceholdersReplacedAndWithoutComments() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);

		String text = template.render("总体情况", values("年份", "2024", "地区", "明川市", "目标数", "60", "已实现数", "45", "综合达标率", "85.2%"));

		assertThat(text).isEqualTo("2024年，明川市监测的60项目标中，已实现45项，综合达标率为85.2%。");
		assertThat(template.sections()).containsExactly("总体情况", "领域段落");
		assertThat(template.name()).isEqualTo("年度统计监测报告");
	}

	@Test
	void commentLinesNeverReachTheOutput() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);
		Map<String, String> all = values("年份", "2024", "地区", "明川市", "目标数", "60", "已实现数", "45", "综合达标率", "85.2%",
				"领域名称", "妇女与健康", "无数据数", "2", "预警说明", "孕产妇死亡率连续两年上升。");

		for (String section : template.sections()) {
			assertThat(template.render(section, all)).doesNotContain("#", "＃", "说明也不会出现", "措辞模板");
		}
	}

	@Test
	void aConditionalBlockIsShownOnlyWhenItsValueIsPresent() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);

		assertThat(template.render("领域段落", values("领域名称", "妇女与健康", "无数据数", "2", "预警说明", "孕产妇死亡率连续两年上升。")))
			.isEqualTo("妇女与健康领域，暂无数据2项。\n需要关注的是：孕产妇死亡率连续两年上升。\n本段到此为止。");
		assertThat(template.render("领域段落", values("领域名称", "妇女与健康", "无数据数", "", "预警说明", "  ")))
			.isEqualTo("妇女与健康领域。\n本段到此为止。");
		assertThat(template.render("领域段落", values("领域名称", "妇女与健康"))).isEqualTo("妇女与健康领域。\n本段到此为止。");
	}

	@Test
	void blocksNestAndAPlaceholderInsideAHiddenBlockNeedsNoValue() {
		WordingTemplate template = WordingTemplate.parse("预警通报", """
				[整改要求]
				请按时报送。{?联系人}联系人：{联系人}{?联系电话}；联系电话：{联系电话}{/联系电话}。{/联系人}
				""");

		assertThat(template.render("整改要求", values())).isEqualTo("请按时报送。");
		assertThat(template.render("整改要求", values("联系人", "王敏"))).isEqualTo("请按时报送。联系人：王敏。");
		assertThat(template.render("整改要求", values("联系人", "王敏", "联系电话", "0731-1234567")))
			.isEqualTo("请按时报送。联系人：王敏；联系电话：0731-1234567。");
	}

	@Test
	void anEmptyValuePrintsNothingButAMissingOneIsAnErrorNamingTemplateLineSectionAndPlaceholder() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);

		assertThat(template.render("总体情况", values("年份", "2024", "地区", "", "目标数", "60", "已实现数", "45", "综合达标率", "85.2%")))
			.startsWith("2024年，监测的");
		assertThatThrownBy(
				() -> template.render("总体情况", values("年份", "2024", "地区", "明川市", "目标数", "60", "已实现数", "45")))
			.isInstanceOf(TemplateException.class)
			.hasMessage("模板“年度统计监测报告”第3行【总体情况】中的占位符{综合达标率}没有数据");
	}

	@Test
	void everyMissingValueOfASectionIsNamed() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);

		assertThatThrownBy(() -> template.render("总体情况", values("年份", "2024")))
			.isInstanceOfSatisfying(TemplateException.class,
					e -> assertThat(e.problems()).extracting(TemplateProblem::message)
						.containsExactly("模板“年度统计监测报告”第3行【总体情况】中的占位符{地区}没有数据",
								"模板“年度统计监测报告”第3行【总体情况】中的占位符{目标数}没有数据",
								"模板“年度统计监测报告”第3行【总体情况】中的占位符{已实现数}没有数据",
								"模板“年度统计监测报告”第3行【总体情况】中的占位符{综合达标率}没有数据"));
	}

	@Test
	void anUnknownSectionIsAnErrorListingTheSectionsThereAre() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);

		assertThatThrownBy(() -> template.render("结束语", values())).isInstanceOf(TemplateException.class)
			.hasMessage("模板“年度统计监测报告”中没有段落【结束语】（现有段落：总体情况、领域段落）");
		assertThatThrownBy(() -> template.placeholders("结束语")).isInstanceOf(TemplateException.class);
	}

	@Test
	void placeholdersListsTheNamesASectionUsesIncludingBlockConditions() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", TEMPLATE);

		assertThat(template.placeholders("总体情况")).containsExactly("年份", "地区", "目标数", "已实现数", "综合达标率");
		assertThat(template.placeholders("领域段落")).containsExactly("领域名称", "无数据数", "预警说明");
	}

	@Test
	void fullWidthMarkersAByteOrderMarkAndWindowsLineEndsAreAccepted() {
		String text = "\uFEFF# 说明\r\n【总体情况】\r\n｛年份｝年｛？地区｝，｛地区｝｛／地区｝。\r\n";
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", text);

		assertThat(template.sections()).containsExactly("总体情况");
		assertThat(template.render("总体情况", values("年份", "2024", "地区", "明川市"))).isEqualTo("2024年，明川市。");
	}

	@Test
	void aLineThatMerelyStartsWithAFullWidthBracketIsText() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", """
				[附注]
				【注】本报告数据为初步统计数。
				""");

		assertThat(template.render("附注", values())).isEqualTo("【注】本报告数据为初步统计数。");
	}

	@Test
	void spacesAroundLinesAndBlankLinesAreDroppedEachLineIsAParagraph() {
		WordingTemplate template = WordingTemplate.parse("年度统计监测报告", "[附注]\n\n　　第一段。  \n\n  第二段。\n\n");

		assertThat(template.render("附注", values())).isEqualTo("第一段。\n第二段。");
	}

}
