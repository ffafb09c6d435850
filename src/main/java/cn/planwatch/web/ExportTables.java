package cn.planwatch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.region.Region;

/** The key tables of the assessment pages and the cockpit as export tables, with the columns the pages show. */
final class ExportTables {

	private static final Formats FORMATS = new Formats();

	private ExportTables() {
	}

	/** Every assessed target of the region's plans in the year. */
	static ExportTable targets(RegionAssessment assessment) {
		List<List<Object>> rows = new ArrayList<>();
		for (PlanAssessment plan : assessment.plans()) {
			for (TargetAssessment t : plan.targets()) {
				AssessmentResult r = t.result();
				rows.add(row(plan.plan().title(), t.areaName(), t.goalNumber(), t.target().indicatorName(), FORMATS.target(t.target()),
						r.value(), r.status().label(), r.progress().label(), new ExportTable.Percent(r.share()),
						r.forecastValue(), r.forecastLower(), r.forecastUpper(),
						String.join("、", r.warnings().stream().map(ResultWarning::label).distinct().toList()),
						t.leadDepartments(), r.explanation()));
			}
		}
		return new ExportTable(title(assessment.region(), assessment.year() + " 年规划目标评估"),
				List.of("规划", "领域", "主要目标", "指标", "目标值", "本年值", "达标状态", "趋势判断", "完成比例 P", "目标年预测",
						"预测区间下限", "预测区间上限", "预警", "牵头单位", "说明"),
				rows);
	}

	/** The warnings that call for action, most pressing first, with their rectification items. */
	static ExportTable warnings(RegionAssessment assessment, List<ActionWarning> warnings) {
		List<List<Object>> rows = new ArrayList<>();
		for (ActionWarning w : warnings) {
			TargetAssessment t = w.target();
			rows.add(row(w.planTitle(), t.areaName(), t.target().indicatorName(), String.join("、", w.labels()),
					t.result().value(), FORMATS.target(t.target()), t.result().progress().label(), t.leadDepartments(),
					String.join("；", w.items().stream().map(i -> i.departmentName() + " " + i.status().label()).toList()),
					String.join("\n", w.texts())));
		}
		return new ExportTable(title(assessment.region(), assessment.year() + " 年需关注的预警"),
				List.of("规划", "领域", "指标", "预警", "本年值", "目标值", "趋势判断", "牵头单位", "整改事项", "预警说明"), rows);
	}

	/** A city's counties ranked by composite rate. */
	static ExportTable ranking(Region city, CountyComparison comparison) {
		List<List<Object>> rows = new ArrayList<>();
		for (CountyComparison.Place place : comparison.ranking()) {
			rows.add(row(place.rank(), place.region().name(), percent(place.rate()), place.rate().numerator(),
					place.rate().denominator(), percent(place.women()), percent(place.children()), place.warned()));
		}
		return new ExportTable(title(city, comparison.year() + " 年县区综合达标率排名"),
				List.of("名次", "县区", "综合达标率", "已实现和基本实现", "可监测目标", "妇女规划", "儿童规划", "需关注预警"), rows);
	}

	/** Rectification items as the list page shows them. */
	static ExportTable rectifications(List<Rectification> items, Map<String, String> regionNames, LocalDate today,
			boolean demo) {
		List<List<Object>> rows = new ArrayList<>();
		for (Rectification i : items) {
			rows.add(row(regionNames.getOrDefault(i.regionCode(), i.regionCode()), i.year(), i.indicatorName(),
					i.warningLabel(), i.departmentName(), i.answerDue().toString(),
					i.plannedBy() == null ? null : i.plannedBy().toString(), i.status().label(),
					i.isOverdue(today) ? "逾期" : null, i.measures()));
		}
		return new ExportTable("整改事项（" + today + "）" + (demo ? "（演示数据）" : ""),
				List.of("地区", "年度", "指标", "预警", "责任单位", "报送截止", "完成时限", "状态", "逾期", "整改措施"), rows);
	}

	private static ExportTable.Percent percent(CompositeRate rate) {
		return new ExportTable.Percent(rate == null ? null : rate.rate());
	}

	private static String title(Region region, String what) {
		return region.name() + " " + what + (region.demo() ? "（演示数据）" : "");
	}

	/** A row; unlike List.of it keeps empty cells (nulls). */
	private static List<Object> row(Object... cells) {
		return java.util.Arrays.asList(cells);
	}

}
