package cn.planwatch.report.wording;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of report whose wording comes from a template, each with its default template file
 * and its contract: the sections the report renders (every template of the kind must have them)
 * and the placeholders the report provides (a template of the kind may use no others).
 */
public enum ReportKind {

	/** 年度统计监测报告. */
	ANNUAL_REPORT("年度统计监测报告", "annual-report.txt",
			List.of("总体情况", "数据说明", "领域段落", "已实现指标", "基本实现指标", "未实现指标", "无数据指标", "定性目标", "趋势预测", "预警情况",
					"附注"),
			List.of("年份", "地区", "规划名称", "规划简称", "目标数", "已实现数", "基本实现数", "未实现数", "无数据数", "定性目标数", "综合达标率",
					"达标率口径", "领域名称", "指标名称", "最新值", "单位", "较上年变化", "较基期变化", "目标值", "目标年份", "预测值", "预测区间",
					"完成比例", "进展类别", "预警数", "预警说明", "数据截止日期", "编制单位")),

	/** 预警通报, addressed to the department that leads the warned indicators. */
	WARNING_NOTICE("预警通报", "warning-notice.txt", List.of("标题", "称谓", "正文", "预警导语", "预警条目", "整改要求", "落款"),
			List.of("年份", "地区", "规划名称", "规划简称", "部门", "预警数", "序号", "指标名称", "最新值", "单位", "目标值", "目标年份", "预警说明",
					"报送截止日期", "发文单位", "发文日期", "联系人", "联系电话")),

	/** 中期/终期评估报告. */
	EVALUATION_REPORT("中期/终期评估报告", "evaluation-report.txt",
			List.of("总体评价", "数据说明", "领域评价", "自评汇总", "存在问题", "问题条目", "对策建议", "建议条目", "落款"),
			List.of("评估类型", "规划名称", "规划简称", "地区", "年份", "目标数", "已实现数", "基本实现数", "未实现数", "无数据数", "定性目标数",
					"综合达标率", "达标率口径", "目标年份", "预计可实现数", "需加快数", "完成困难数", "领域名称", "领域进展", "自评单位数", "自评摘要", "序号",
					"问题", "建议", "数据截止日期", "编制单位", "编制日期"));

	private final String title;

	private final String fileName;

	private final Set<String> sections;

	private final Set<String> placeholders;

	ReportKind(String title, String fileName, List<String> sections, List<String> placeholders) {
		this.title = title;
		this.fileName = fileName;
		this.sections = Collections.unmodifiableSet(new LinkedHashSet<>(sections));
		this.placeholders = Collections.unmodifiableSet(new LinkedHashSet<>(placeholders));
	}

	/** The report's Chinese name, also the template's name in messages. */
	public String title() {
		return title;
	}

	/** The default template's file name under {@code report-templates/} on the classpath. */
	public String fileName() {
		return fileName;
	}

	/** The sections the report renders, in report order. */
	public Set<String> sections() {
		return sections;
	}

	/** The placeholders the report provides values for. */
	public Set<String> placeholders() {
		return placeholders;
	}

	/** Everything wrong with an uploaded template of this kind; empty when it can be saved. */
	public List<TemplateProblem> check(String text) {
		return WordingTemplate.check(title, text, sections, placeholders);
	}

}
