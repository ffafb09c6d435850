package cn.planwatch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import cn.planwatch.assessment.AreaAssessment;
import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.ProgressCategory;
import cn.planwatch.plan.ChineseNumerals;
import cn.planwatch.plan.Target;
import cn.planwatch.report.document.BarChart;
import cn.planwatch.report.document.Block;
import cn.planwatch.report.document.Cell;
import cn.planwatch.report.document.ReportDocument;
import cn.planwatch.report.document.TargetLine;
import cn.planwatch.report.document.TrendChart;
import cn.planwatch.report.wording.WordingTemplate;

/**
 * Builds the annual monitoring report (年度统计监测报告) of one plan, region and year from the stored
 * assessment and the approved series, in the wording of the office's template: 一、总体情况 (verdict,
 * composite rate by area, data basis and the rate's rule), 二、分领域监测情况 (per area a lead paragraph,
 * per target its sentence, trend sentence and chart), 三、预警情况, 四、目标达标情况一览表, 五、附注.
 * Plain Java: the caller gathers the inputs.
 */
final class AnnualReportContent {

	/** What the report is built from; {@code series} gives each indicator's approved totals by year. */
	record Input(String regionName, boolean demo, PlanAssessment plan, Map<String, SortedMap<Integer, Double>> series,
			String compiledBy, LocalDate compiledOn) {
	}

	private final WordingTemplate wording;

	AnnualReportContent(WordingTemplate wording) {
		this.wording = wording;
	}

	ReportDocument build(Input input) {
		PlanAssessment plan = input.plan();
		int year = plan.year();
		Map<String, String> common = new LinkedHashMap<>();
		common.put("年份", String.valueOf(year));
		common.put("地区", input.regionName());
		common.put("规划名称", plan.plan().title());
		common.put("规划简称", ReportTexts.shortPlanName(plan.plan()));
		common.put("达标率口径", plan.rate().ruleText() + "；" + plan.rate().toleranceText());
		common.put("数据截止日期", ReportTexts.date(input.compiledOn()));
		common.put("编制单位", input.compiledBy());

		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, "一、总体情况"));
		blocks.add(Block.Paragraph.of(render("总体情况", StatusCounts.with(common, plan.targets(), plan.rate().rate()))));
		blocks.add(new Block.Chart(areaChart(plan), "图1 " + year + "年各领域综合达标率"));
		Paragraphs.add(render("数据说明", common), blocks);

		blocks.add(new Block.Heading(1, "二、分领域监测情况"));
		int figure = 2;
		for (AreaAssessment area : plan.areas()) {
			blocks.add(new Block.Heading(2, "（" + ChineseNumerals.of(area.ordinal()) + "）" + area.name()));
			Map<String, String> values = StatusCounts.with(common, area.targets(), area.rate().rate());
			values.put("领域名称", area.name());
			blocks.add(Block.Paragraph.of(render("领域段落", values)));
			for (TargetAssessment target : area.targets()) {
				blocks.add(Block.Paragraph.of(targetText(common, target, input.series())));
				SortedMap<Integer, Double> series = series(input, target);
				if (series.size() >= 2 && target.target().value() != null) {
					blocks.add(new Block.Chart(trendChart(target, series),
							"图" + figure++ + " " + target.target().indicatorName()));
				}
			}
		}

		blocks.add(new Block.Heading(1, "三、预警情况"));
		List<TargetAssessment> warned = plan.warned();
		if (warned.isEmpty()) {
			blocks.add(Block.Paragraph.of(year + "年没有需要整改的预警指标。"));
		}
		else {
			Map<String, String> values = new LinkedHashMap<>(common);
			values.put("预警数", String.valueOf(warned.size()));
			Paragraphs.add(render("预警情况", values), blocks);
			List<List<Cell>> rows = new ArrayList<>();
			for (TargetAssessment t : warned) {
				List<ResultWarning> list = t.result().warnings().stream().filter(ResultWarning::needsAction).toList();
				rows.add(List.of(Cell.of(t.target().indicatorName()), Cell.of(t.leadDepartments()),
						Cell.bad(String.join("、", list.stream().map(ResultWarning::label).distinct().toList())),
						Cell.of(String.join("", list.stream().map(ResultWarning::text).toList()))));
			}
			blocks.add(new Block.Table("表1 " + year + "年预警指标", List.of("指标", "责任单位", "预警", "原因"), rows,
					List.of(3, 2, 2, 8)));
		}

		blocks.add(new Block.Heading(1, "四、目标达标情况一览表"));
		List<List<Cell>> rows = new ArrayList<>();
		int number = 1;
		for (AreaAssessment area : plan.areas()) {
			for (TargetAssessment t : area.targets()) {
				AssessmentResult r = t.result();
				rows.add(List.of(Cell.of(String.valueOf(number++)), Cell.of(area.name()), Cell.of(t.target().indicatorName()),
						Cell.of(ReportTexts.targetText(t.target())), Cell.of(r.value() == null ? "…" : ReportTexts.number(r.value())),
						statusCell(r.status()), progressCell(r.progress())));
			}
		}
		blocks.add(new Block.Table("表2 " + plan.plan().title() + "目标" + year + "年达标情况",
				List.of("序号", "领域", "指标", "目标值", year + "年", "达标状态", "趋势判断"), rows, List.of(1, 3, 5, 3, 2, 2, 3)));

		blocks.add(new Block.Heading(1, "五、附注"));
		Paragraphs.add(render("附注", common), blocks);
		List<String> meta = new ArrayList<>();
		meta.add(input.compiledBy());
		meta.add(ReportTexts.date(input.compiledOn()));
		if (input.demo()) {
			meta.add("演示数据：地区、单位和数值均为虚构");
		}
		return new ReportDocument(input.regionName() + year + "年" + ReportTexts.shortPlanName(plan.plan()) + "统计监测报告",
				plan.plan().title(), meta, input.demo(), blocks);
	}

	private String targetText(Map<String, String> common, TargetAssessment t, Map<String, SortedMap<Integer, Double>> all) {
		AssessmentResult r = t.result();
		Target target = t.target();
		String unit = ReportTexts.unitAfterNumber(target.unit());
		Map<String, String> values = new LinkedHashMap<>(common);
		values.put("指标名称", target.indicatorName());
		values.put("单位", unit);
		values.put("目标值", ReportTexts.targetText(target));
		values.put("目标年份", String.valueOf(target.targetYear() != null ? target.targetYear() : t.result().forecastYear() != null
				? t.result().forecastYear() : common.get("年份")));
		if (r.value() != null) {
			values.put("最新值", ReportTexts.number(r.value()));
		}
		SortedMap<Integer, Double> series = target.indicatorCode() == null ? null : all.get(target.indicatorCode());
		if (series != null && r.value() != null) {
			Double last = series.get(r.year() - 1);
			if (last != null) {
				values.put("较上年变化", ReportTexts.change(r.value() - last, target.unit()));
			}
			if (r.baselineValue() != null && r.baselineYear() != null && r.baselineYear() < r.year()) {
				values.put("较基期变化", ReportTexts.change(r.value() - r.baselineValue(), target.unit()));
			}
		}
		if (r.progress() != ProgressCategory.INSUFFICIENT_DATA && r.progress() != ProgressCategory.NOT_ASSESSED) {
			values.put("进展类别", r.progress().label());
		}
		String section = switch (r.status()) {
			case ACHIEVED -> "已实现指标";
			case BASICALLY_ACHIEVED -> "基本实现指标";
			case NOT_ACHIEVED -> "未实现指标";
			case NO_DATA -> "无数据指标";
			case QUALITATIVE -> "定性目标";
		};
		String text = render(section, values);
		if (r.forecastValue() != null && r.status() != AttainmentStatus.NO_DATA) {
			values.put("预测值", ReportTexts.number(r.forecastValue()));
			values.put("目标年份", String.valueOf(r.forecastYear()));
			if (informative(r)) {
				values.put("预测区间", ReportTexts.number(r.forecastLower()) + "—" + ReportTexts.number(r.forecastUpper()));
			}
			if (r.share() != null && r.share() >= 0) {
				values.put("完成比例", ReportTexts.percent(r.share()));
			}
			text += render("趋势预测", values);
		}
		return text;
	}

	/**
	 * Whether a forecast interval says something: not when it is wider than the projected value itself
	 * (a few noisy points projected years ahead), where quoting "0.02—95.47" would only confuse.
	 */
	static boolean informative(AssessmentResult r) {
		return r.forecastLower() != null && r.forecastUpper() != null && r.forecastValue() != null
				&& r.forecastUpper() - r.forecastLower() <= Math.abs(r.forecastValue());
	}



	private String render(String section, Map<String, String> values) {
		return wording.render(section, values);
	}

	private static SortedMap<Integer, Double> series(Input input, TargetAssessment target) {
		String code = target.target().indicatorCode();
		SortedMap<Integer, Double> series = code == null ? null : input.series().get(code);
		return series == null ? new java.util.TreeMap<>() : series;
	}

	private static BarChart areaChart(PlanAssessment plan) {
		List<String> names = plan.areas().stream().map(AreaAssessment::name).toList();
		Double[] rates = plan.areas().stream().map(a -> a.rate().rate() == null ? null : a.rate().rate() * 100)
			.toArray(Double[]::new);
		return BarChart.of("各领域综合达标率", "%", names, BarChart.Bars.of("综合达标率", rates));
	}

	private static TrendChart trendChart(TargetAssessment t, SortedMap<Integer, Double> series) {
		Target target = t.target();
		AssessmentResult r = t.result();
		TrendChart chart = TrendChart.of(target.indicatorName(), target.unit(), TrendChart.Series.of("监测值", series))
			.withTarget(new TargetLine(target.value().doubleValue(), "目标 " + ReportTexts.targetText(target)));
		if (r.forecastValue() != null && r.forecastYear() != null && !series.isEmpty()
				&& r.forecastYear() > series.lastKey()) {
			int last = series.lastKey();
			double from = series.get(last);
			// the band is drawn within twice the span of what the chart shows, so one wide interval cannot flatten the lines
			double low = Math.min(Math.min(from, r.forecastValue()), target.value().doubleValue());
			double high = Math.max(Math.max(from, r.forecastValue()), target.value().doubleValue());
			for (double v : series.values()) {
				low = Math.min(low, v);
				high = Math.max(high, v);
			}
			double span = Math.max(high - low, Math.abs(high) * 0.1);
			double lower = Math.max(r.forecastLower(), low - span);
			double upper = Math.min(r.forecastUpper(), high + span);
			chart = chart.withForecast(TrendChart.Forecast.of("趋势预测", List.of(last, r.forecastYear()),
					List.of(from, r.forecastValue()), List.of(from, Math.min(lower, r.forecastValue())),
					List.of(from, Math.max(upper, r.forecastValue()))));
		}
		if (r.baselineYear() != null) {
			chart = chart.withBaseline(new TrendChart.Baseline(r.baselineYear(), "基期"));
		}
		return chart;
	}

	private static Cell statusCell(AttainmentStatus status) {
		return switch (status) {
			case ACHIEVED -> Cell.good(status.label());
			case BASICALLY_ACHIEVED -> Cell.warn(status.label());
			case NOT_ACHIEVED -> Cell.bad(status.label());
			default -> Cell.of(status.label());
		};
	}

	private static Cell progressCell(ProgressCategory progress) {
		return switch (progress) {
			case ON_TRACK, MAINTAINED -> Cell.good(progress.label());
			case NEEDS_ACCELERATION -> Cell.warn(progress.label());
			case DIFFICULT, REVERSING, REGRESSED -> Cell.bad(progress.label());
			default -> Cell.of(progress.label());
		};
	}

}
