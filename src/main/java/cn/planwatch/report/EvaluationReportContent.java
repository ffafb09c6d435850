package cn.planwatch.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.planwatch.assessment.AreaAssessment;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.ProgressCategory;
import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.EvaluationSummary;
import cn.planwatch.evaluation.EvaluationSummary.DepartmentSummary;
import cn.planwatch.evaluation.EvaluationSummary.EntrySummary;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.report.document.BarChart;
import cn.planwatch.report.document.Block;
import cn.planwatch.report.document.Cell;
import cn.planwatch.report.document.ReportDocument;
import cn.planwatch.report.wording.WordingTemplate;

/**
 * Builds the mid-term or final evaluation report (中期/终期评估报告) from the assessment figures of the
 * evaluation's year and the departments' self-assessments as reviewed by the evaluation group:
 * 一、总体评价, 二、分领域评价 (with each target's status, trend and the lead department's own
 * conclusion), 三、成员单位自评情况 (scores and comments), 四、存在问题 (from the self-assessments),
 * 五、对策建议 (from the warnings and the departments' next steps). Plain Java; the caller gathers the inputs.
 */
final class EvaluationReportContent {

	/** The most problems and suggestions listed; the self-assessments hold the rest. */
	static final int MAX_ITEMS = 12;

	record Input(String regionName, boolean demo, EvaluationSummary evaluation, PlanAssessment plan, String compiledBy,
			LocalDate compiledOn) {
	}

	private final WordingTemplate wording;

	EvaluationReportContent(WordingTemplate wording) {
		this.wording = wording;
	}

	ReportDocument build(Input input) {
		EvaluationSummary summary = input.evaluation();
		PlanAssessment plan = input.plan();
		Map<String, String> common = new LinkedHashMap<>();
		common.put("评估类型", summary.evaluation().kind().label().replace("评估", ""));
		common.put("规划名称", plan.plan().title());
		common.put("规划简称", ReportTexts.shortPlanName(plan.plan()));
		common.put("地区", input.regionName());
		common.put("年份", String.valueOf(plan.year()));
		common.put("达标率口径", plan.rate().ruleText() + "；" + plan.rate().toleranceText());
		common.put("目标年份", String.valueOf(plan.plan().periodEnd()));
		common.put("数据截止日期", ReportTexts.date(input.compiledOn()));
		common.put("编制单位", input.compiledBy());
		common.put("编制日期", ReportTexts.date(input.compiledOn()));

		Map<Long, EntrySummary> ownConclusions = new HashMap<>();
		summary.departments().forEach(d -> d.entries().forEach(e -> ownConclusions.put(e.targetId(), e)));

		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "一、总体评价"));
		Map<String, String> overall = StatusCounts.with(common, plan.targets(), plan.rate().rate());
		if (summary.evaluation().kind() == EvaluationKind.MID_TERM) {
			putProgress(overall, plan.targets());
		}
		else {
			// at the final evaluation there is nothing left to forecast: the template's clause disappears
			List.of("预计可实现数", "需加快数", "完成困难数").forEach(key -> overall.put(key, ""));
		}
		Paragraphs.add(render("总体评价", overall), blocks);
		blocks.add(new Block.Chart(BarChart.of("各领域综合达标率", "%",
				plan.areas().stream().map(AreaAssessment::name).toList(),
				BarChart.Bars.of("综合达标率", plan.areas().stream()
					.map(a -> a.rate().rate() == null ? null : a.rate().rate() * 100).toArray(Double[]::new))),
				"图1 " + plan.year() + "年各领域综合达标率"));
		Paragraphs.add(render("数据说明", common), blocks);

		blocks.add(new Block.Heading(1, "二、分领域评价"));
		int table = 1;
		for (AreaAssessment area : plan.areas()) {
			blocks.add(new Block.Heading(2, area.name()));
			Map<String, String> values = StatusCounts.with(common, area.targets(), area.rate().rate());
			values.put("领域名称", area.name());
			values.put("领域进展", progressSentence(area.targets()));
			Paragraphs.add(render("领域评价", values), blocks);
			List<List<Cell>> rows = new ArrayList<>();
			for (TargetAssessment t : area.targets()) {
				EntrySummary own = ownConclusions.get(t.target().id());
				rows.add(List.of(Cell.of(t.target().indicatorName()), Cell.of(ReportTexts.targetText(t.target())),
						Cell.of(t.result().value() == null ? "…" : ReportTexts.number(t.result().value())),
						Cell.of(t.result().status().label()), Cell.of(t.result().progress().label()),
						Cell.of(own == null || own.conclusion() == null ? "—" : own.conclusion().label())));
			}
			blocks.add(new Block.Table("表" + table++ + " " + area.name() + "目标评价",
					List.of("指标", "目标值", plan.year() + "年", "监测评价", "趋势判断", "牵头单位自评"), rows,
					List.of(5, 3, 2, 2, 3, 2)));
		}

		blocks.add(new Block.Heading(1, "三、成员单位自评情况"));
		List<DepartmentSummary> reported = summary.departments()
			.stream()
			.filter(d -> d.status() == SelfAssessmentStatus.SUBMITTED || d.status() == SelfAssessmentStatus.ACCEPTED)
			.toList();
		Map<String, String> selfValues = new LinkedHashMap<>(common);
		selfValues.put("自评单位数", String.valueOf(reported.size()));
		selfValues.put("自评摘要", selfSummary(summary));
		Paragraphs.add(render("自评汇总", selfValues), blocks);
		List<List<Cell>> rows = new ArrayList<>();
		for (DepartmentSummary d : summary.departments()) {
			Map<Conclusion, Integer> conclusions = new EnumMap<>(Conclusion.class);
			d.entries().stream().map(EntrySummary::conclusion).filter(Objects::nonNull)
				.forEach(c -> conclusions.merge(c, 1, Integer::sum));
			rows.add(List.of(Cell.of(d.departmentName()), Cell.of(d.status().label()),
					Cell.of(d.score() == null ? "—" : d.score().stripTrailingZeros().toPlainString()),
					Cell.of(conclusionText(conclusions)), Cell.of(d.comment() == null ? "" : d.comment())));
		}
		blocks.add(new Block.Table("表" + table + " 成员单位自评及评审情况", List.of("单位", "状态", "评分", "自评结论", "评估组意见"),
				rows, List.of(3, 2, 1, 4, 5)));

		blocks.add(new Block.Heading(1, "四、存在问题"));
		Paragraphs.add(render("存在问题", common), blocks);
		items(problems(summary), "问题条目", "问题", common, blocks);

		blocks.add(new Block.Heading(1, "五、对策建议"));
		Paragraphs.add(render("对策建议", common), blocks);
		items(suggestions(plan, summary), "建议条目", "建议", common, blocks);

		for (String line : render("落款", common).split("\n")) {
			blocks.add(Block.Paragraph.of(line));
		}
		List<String> meta = new ArrayList<>(List.of(input.compiledBy(), ReportTexts.date(input.compiledOn())));
		if (input.demo()) {
			meta.add("演示数据：地区、单位和数值均为虚构");
		}
		return new ReportDocument(summary.evaluation().title() + "报告", input.regionName(), meta, input.demo(), blocks);
	}

	private void items(List<String> texts, String section, String key, Map<String, String> common, List<Block> blocks) {
		if (texts.isEmpty()) {
			blocks.add(Block.Paragraph.of("（暂无。）"));
			return;
		}
		int number = 1;
		for (String text : texts) {
			Map<String, String> values = new LinkedHashMap<>(common);
			values.put("序号", String.valueOf(number++));
			values.put(key, text);
			Paragraphs.add(render(section, values), blocks);
		}
	}

	/** The problems the departments named, each with its department, at most {@value #MAX_ITEMS}. */
	static List<String> problems(EvaluationSummary summary) {
		List<String> problems = new ArrayList<>();
		for (DepartmentSummary d : summary.departments()) {
			for (EntrySummary e : d.entries()) {
				if (e.problems() != null && !e.problems().isBlank() && problems.size() < MAX_ITEMS) {
					problems.add(e.indicatorName() + "（" + d.departmentName() + "）：" + sentence(e.problems()));
				}
			}
		}
		return problems;
	}

	/** One suggestion per warned target, then the departments' next steps, at most {@value #MAX_ITEMS}. */
	static List<String> suggestions(PlanAssessment plan, EvaluationSummary summary) {
		List<String> suggestions = new ArrayList<>();
		for (TargetAssessment t : plan.warned()) {
			if (suggestions.size() >= MAX_ITEMS) {
				break;
			}
			String labels = String.join("、", t.result().warnings().stream().filter(ResultWarning::needsAction)
				.map(ResultWarning::label).distinct().toList());
			suggestions.add("针对" + t.target().indicatorName() + "“" + labels + "”的情况，建议" + (t.leadDepartments().isBlank()
					? "责任单位" : t.leadDepartments()) + "深入分析原因，加大工作力度，确保实现“" + ReportTexts.targetText(t.target()) + "”的目标。");
		}
		for (DepartmentSummary d : summary.departments()) {
			for (EntrySummary e : d.entries()) {
				if (e.nextSteps() != null && !e.nextSteps().isBlank() && suggestions.size() < MAX_ITEMS) {
					suggestions.add(d.departmentName() + "在" + e.indicatorName() + "方面：" + sentence(e.nextSteps()));
				}
			}
		}
		return suggestions;
	}

	private static String selfSummary(EvaluationSummary summary) {
		List<BigDecimal> scores = summary.departments().stream().map(DepartmentSummary::score).filter(Objects::nonNull).toList();
		long notReported = summary.departments().stream()
			.filter(d -> d.status() == SelfAssessmentStatus.DRAFT || d.status() == SelfAssessmentStatus.RETURNED)
			.count();
		StringBuilder text = new StringBuilder();
		if (!scores.isEmpty()) {
			BigDecimal average = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
			text.append("评估组对").append(scores.size()).append("个单位的自评报告进行了评审，平均得分")
				.append(average.stripTrailingZeros().toPlainString()).append("分。");
		}
		if (notReported > 0) {
			text.append("另有").append(notReported).append("个单位的自评报告尚未报送或正在修改。");
		}
		return text.toString();
	}

	private static String progressSentence(List<TargetAssessment> targets) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (TargetAssessment t : targets) {
			ProgressCategory progress = t.result().progress();
			if (progress != ProgressCategory.NOT_ASSESSED && progress != ProgressCategory.INSUFFICIENT_DATA) {
				counts.merge(progress.label(), 1, Integer::sum);
			}
		}
		if (counts.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((label, n) -> parts.add(label + n + "项"));
		return "从趋势看，" + String.join("，", parts) + "。";
	}

	private static String conclusionText(Map<Conclusion, Integer> conclusions) {
		if (conclusions.isEmpty()) {
			return "—";
		}
		List<String> parts = new ArrayList<>();
		conclusions.forEach((c, n) -> parts.add(c.label() + n + "项"));
		return String.join("，", parts);
	}


	private static void putProgress(Map<String, String> values, List<TargetAssessment> targets) {
		int onTrack = 0;
		int faster = 0;
		int difficult = 0;
		for (TargetAssessment t : targets) {
			switch (t.result().progress()) {
				case ON_TRACK, MAINTAINED -> onTrack++;
				case NEEDS_ACCELERATION -> faster++;
				case DIFFICULT, REVERSING, REGRESSED -> difficult++;
				default -> {
				}
			}
		}
		values.put("预计可实现数", String.valueOf(onTrack));
		values.put("需加快数", String.valueOf(faster));
		values.put("完成困难数", String.valueOf(difficult));
	}


	private static String sentence(String text) {
		String stripped = text.strip();
		return stripped.endsWith("。") || stripped.endsWith("；") ? stripped : stripped + "。";
	}

	private String render(String section, Map<String, String> values) {
		return wording.render(section, values);
	}


}
