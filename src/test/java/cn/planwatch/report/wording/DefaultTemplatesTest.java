package cn.planwatch.report.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultTemplatesTest {

	/** A value for every placeholder any report kind provides. */
	private static final Map<String, String> SAMPLE = Map.ofEntries(Map.entry("年份", "2024"), Map.entry("地区", "明川市"),
			Map.entry("规划名称", "明川市妇女发展规划（2021—2030年）"), Map.entry("规划简称", "市妇女规划"), Map.entry("目标数", "62"),
			Map.entry("已实现数", "41"), Map.entry("基本实现数", "6"), Map.entry("未实现数", "8"), Map.entry("无数据数", "3"),
			Map.entry("定性目标数", "4"), Map.entry("综合达标率", "85.5%"),
			Map.entry("达标率口径", "分母为可监测的量化目标数（不含无数据目标和定性目标）；基本实现：差距不超过目标值的5%"),
			Map.entry("领域名称", "妇女与健康"), Map.entry("指标名称", "孕产妇死亡率"), Map.entry("最新值", "9.8"), Map.entry("单位", "/10万"),
			Map.entry("较上年变化", "下降0.6"), Map.entry("较基期变化", "下降2.7"), Map.entry("目标值", "控制在9/10万以下"),
			Map.entry("目标年份", "2030"), Map.entry("预测值", "8.7"), Map.entry("预测区间", "7.9—9.6"), Map.entry("完成比例", "86%"),
			Map.entry("进展类别", "需加快"), Map.entry("预警数", "2"), Map.entry("预警说明", "该指标已连续两年上升，且高于上年全省平均水平。"),
			Map.entry("数据截止日期", "2025年3月31日"), Map.entry("编制单位", "明川市统计局"), Map.entry("部门", "市卫生健康委"),
			Map.entry("序号", "1"), Map.entry("报送截止日期", "2025年5月31日"), Map.entry("发文单位", "明川市人民政府妇女儿童工作委员会办公室"),
			Map.entry("发文日期", "2025年4月15日"), Map.entry("联系人", "王敏"), Map.entry("联系电话", "0731-1234567"),
			Map.entry("评估类型", "中期"), Map.entry("预计可实现数", "44"), Map.entry("需加快数", "9"), Map.entry("完成困难数", "5"),
			Map.entry("领域进展", "妇幼健康服务体系进一步健全，城乡妇女常见病筛查覆盖面持续扩大。"), Map.entry("自评单位数", "36"),
			Map.entry("自评摘要", "各成员单位普遍将规划目标纳入年度工作计划，责任分工较为明确。"), Map.entry("问题", "部分指标的分性别统计数据仍不完整。"),
			Map.entry("建议", "健全分性别统计制度，逐步补齐缺失的统计口径。"), Map.entry("编制日期", "2026年6月30日"));

	private static Map<String, String> sample(ReportKind kind) {
		Map<String, String> values = new HashMap<>();
		kind.placeholders().forEach(name -> values.put(name, SAMPLE.get(name)));
		assertThat(values).doesNotContainValue(null);
		return values;
	}

	@ParameterizedTest
	@EnumSource(ReportKind.class)
	void theDefaultTemplateHasExactlyTheSectionsOfItsKindAndPassesItsOwnCheck(ReportKind kind) {
		WordingTemplate template = DefaultTemplates.load(kind);

		assertThat(template.name()).isEqualTo(kind.title());
		assertThat(template.sections()).containsExactlyElementsOf(kind.sections());
		assertThat(template.validate(kind.sections(), kind.placeholders())).isEmpty();
		assertThat(kind.check(DefaultTemplates.text(kind))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ReportKind.class)
	void theDefaultTemplateUsesEveryPlaceholderItsKindProvides(ReportKind kind) {
		WordingTemplate template = DefaultTemplates.load(kind);
		Set<String> used = new LinkedHashSet<>();
		template.sections().forEach(section -> used.addAll(template.placeholders(section)));

		assertThat(used).containsExactlyInAnyOrderElementsOf(kind.placeholders());
	}

	@ParameterizedTest
	@EnumSource(ReportKind.class)
	void everySectionRendersWithAllValuesLeavingNoMarkersAndNoComments(ReportKind kind) {
		WordingTemplate template = DefaultTemplates.load(kind);

		for (String section : template.sections()) {
			String text = template.render(section, sample(kind));

			assertThat(text).as(section).isNotBlank().doesNotContain("{", "}", "｛", "｝", "#", "＃", "[", "]", "写法说明", "\n\n");
		}
	}

	@ParameterizedTest
	@EnumSource(ReportKind.class)
	void everySectionRendersWhenTheOptionalValuesAreLeftEmpty(ReportKind kind) {
		WordingTemplate template = DefaultTemplates.load(kind);
		Map<String, String> values = sample(kind);
		for (String optional : Set.of("无数据数", "定性目标数", "较上年变化", "较基期变化", "预测区间", "完成比例", "进展类别", "预警说明", "联系人",
				"联系电话", "预计可实现数", "领域进展", "自评摘要")) {
			values.replace(optional, "");
		}

		for (String section : template.sections()) {
			assertThat(template.render(section, values)).as(section).doesNotContain("{", "}", "暂无数据项", "比上年，", "（）");
		}
	}

	@Test
	void theAnnualReportOpensWithTheOverallFigures() {
		WordingTemplate template = DefaultTemplates.load(ReportKind.ANNUAL_REPORT);
		Map<String, String> values = sample(ReportKind.ANNUAL_REPORT);

		assertThat(template.render("总体情况", values)).isEqualTo("2024年，明川市认真组织实施明川市妇女发展规划（2021—2030年），各项目标任务稳步推进。"
				+ "统计监测结果显示，市妇女规划确定的62项目标中，已实现41项，基本实现6项，尚未实现8项，暂无数据3项，定性目标4项；量化目标综合达标率为85.5%。");
		values.put("无数据数", "");
		values.put("定性目标数", "");
		assertThat(template.render("总体情况", values)).contains("尚未实现8项；量化目标综合达标率为85.5%。");
		assertThat(template.render("未实现指标", values)).isEqualTo(
				"孕产妇死亡率为9.8/10万，比上年下降0.6，比规划基期下降2.7，距规划确定的2030年目标（控制在9/10万以下）仍有差距，进展评价为“需加快”，需进一步加大工作力度。");
	}

	@Test
	void theWarningNoticeIsAddressedToTheDepartmentAndSignedByTheIssuer() {
		WordingTemplate template = DefaultTemplates.load(ReportKind.WARNING_NOTICE);
		Map<String, String> values = sample(ReportKind.WARNING_NOTICE);

		assertThat(template.render("称谓", values)).isEqualTo("市卫生健康委：");
		assertThat(template.render("整改要求", values)).contains("于2025年5月31日前", "报送明川市人民政府妇女儿童工作委员会办公室")
			.endsWith("联系人：王敏；联系电话：0731-1234567。");
		assertThat(template.render("落款", values)).isEqualTo("明川市人民政府妇女儿童工作委员会办公室\n2025年4月15日");
	}

	@Test
	void theFinalEvaluationLeavesOutTheForecastParagraph() {
		WordingTemplate template = DefaultTemplates.load(ReportKind.EVALUATION_REPORT);
		Map<String, String> values = sample(ReportKind.EVALUATION_REPORT);
		values.put("评估类型", "终期");
		values.put("预计可实现数", "");

		assertThat(template.render("总体评价", values)).contains("终期评估显示").doesNotContain("按现有趋势推算").doesNotContain("\n");
		values.put("预计可实现数", "44");
		assertThat(template.render("总体评价", values)).contains("\n按现有趋势推算，到2030年，预计可以实现的目标有44项");
	}

}
