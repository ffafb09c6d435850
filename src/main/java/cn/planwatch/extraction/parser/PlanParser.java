package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.ExtractedArea;
import cn.planwatch.extraction.ExtractedGoal;
import cn.planwatch.extraction.ExtractedPlan;
import cn.planwatch.extraction.MonitoringSetup;
import cn.planwatch.extraction.StrategyTarget;
import cn.planwatch.extraction.parser.AreaHeadings.AreaBlock;
import cn.planwatch.extraction.parser.AreaHeadings.Areas;
import cn.planwatch.extraction.parser.GoalSplitter.Item;
import cn.planwatch.extraction.parser.GoalSplitter.Items;
import cn.planwatch.extraction.parser.PlanSplitter.PlanSection;
import cn.planwatch.extraction.parser.PlanTitles.PlanTitle;

/**
 * Reads a whole notice into plans: cleans the text, splits it into plans, reads each plan's
 * areas, goals, targets and strategy targets and its monitoring set-up, and collects Chinese
 * warnings for the reviewer wherever the text did not have the expected shape.
 */
public final class PlanParser {

	private static final Pattern PERIOD = Pattern.compile("(20\\d{2})\\s*年?\\s*[-~至到]+\\s*(20\\d{2})\\s*年");

	private PlanParser() {
	}

	/** The plans read from a document and the warnings for its reviewer. */
	public record ParsedDocument(List<ExtractedPlan> plans, List<String> warnings) {
	}

	/** Reads every plan of a notice's text; never throws for odd text, it warns instead. */
	public static ParsedDocument parse(String text) {
		List<String> lines = TextCleaner.lines(text);
		List<String> warnings = new ArrayList<>();
		List<ExtractedPlan> plans = new ArrayList<>();
		for (PlanSection section : PlanSplitter.split(lines)) {
			plans.addAll(parse(lines, section, warnings));
		}
		return new ParsedDocument(plans, warnings);
	}

	private static List<ExtractedPlan> parse(List<String> lines, PlanSection section, List<String> warnings) {
		PlanTitle title = section.title();
		String label = title != null ? "《" + title.title() + "》" : "未命名规划";
		if (title == null) {
			warnings.add("未找到规划标题（如“某某县妇女发展规划（2021—2030年）”），已按领域名称判断规划类型，请补充标题、地区和期限。");
		}
		Areas areas = AreaHeadings.find(lines, section.start(), section.end());
		if (areas.withoutGoalHeadings()) {
			warnings.add(label + "未找到“主要目标”标题，已把各领域标题与“策略措施”之间的编号条目作为主要目标，请核对。");
		}
		String monitoringText = TextCleaner.join(lines.subList(areas.after(), section.end()));
		MonitoringSetup monitoring = MonitoringSetupReader.read(monitoringText);
		if (monitoringText.isEmpty() || !(monitoring.annualMonitoring() || monitoring.finalEvaluation())) {
			warnings.add(label + "未找到“监测评估”部分（年度监测、中期或终期评估），监测设置需人工补充。");
		}
		List<List<ExtractedArea>> groups = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		String defaultKind = title == null ? null : (title.kinds().contains("+") ? null : title.kinds());
		int previousOrdinal = 0;
		for (AreaBlock block : areas.blocks()) {
			ExtractedArea area = area(lines, block, label, warnings);
			String kind = kindOf(area.name(), defaultKind, kinds.isEmpty() ? null : kinds.get(kinds.size() - 1));
			boolean startsNewPlan = groups.isEmpty() || !kind.equals(kinds.get(kinds.size() - 1))
					|| (title == null && block.ordinal() <= previousOrdinal);
			if (startsNewPlan) {
				groups.add(new ArrayList<>());
				kinds.add(kind);
			}
			groups.get(groups.size() - 1).add(area);
			previousOrdinal = block.ordinal();
		}
		List<ExtractedPlan> plans = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			plans.add(plan(title, kinds.get(i), groups.get(i), monitoring, lines, section));
		}
		return plans;
	}

	private static ExtractedArea area(List<String> lines, AreaBlock block, String label, List<String> warnings) {
		String areaNo = "（" + ChineseNumber.format(block.ordinal()) + "）";
		String where = label + "“" + areaNo + block.name() + "”";
		if (!block.headingFound()) {
			warnings.add(label + "第 " + block.ordinal() + " 个“主要目标”之前未找到领域标题（如“（一）妇女与健康”），已按顺序编号。");
		}
		Items goalItems = GoalSplitter.split(withFirst(block.firstGoalLine(), lines.subList(block.goalsStart(), block.goalsEnd())));
		for (String remark : goalItems.remarks()) {
			warnings.add(where + "主要目标" + remark + "，请核对。");
		}
		List<ExtractedGoal> goals = new ArrayList<>();
		for (Item item : goalItems.items()) {
			goals.add(new ExtractedGoal(item.number(), item.text(), TargetReader.read(item.text())));
		}
		if (goals.isEmpty()) {
			warnings.add(where + "未识别到编号的主要目标，请核对原文。");
		}
		List<StrategyTarget> strategyTargets = List.of();
		if (block.strategiesStart() < block.strategiesEnd() || !block.firstStrategyLine().isEmpty()) {
			Items measures = GoalSplitter.split(withFirst(block.firstStrategyLine(),
					lines.subList(block.strategiesStart(), block.strategiesEnd())));
			strategyTargets = StrategyTargetReader.read(measures.items(), goals);
		}
		else {
			warnings.add(where + "未找到“策略措施”。");
		}
		return new ExtractedArea(areaNo, block.ordinal(), block.name(), goals, strategyTargets);
	}

	private static List<String> withFirst(String first, List<String> rest) {
		if (first == null || first.isEmpty()) {
			return rest;
		}
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	private static String kindOf(String areaName, String defaultKind, String previousKind) {
		String folded = WidthFolder.fold(areaName);
		if (folded.contains("妇女") || folded.contains("女性")) {
			return "women";
		}
		if (folded.contains("儿童") || folded.contains("未成年")) {
			return "children";
		}
		if (defaultKind != null) {
			return defaultKind;
		}
		return previousKind != null ? previousKind : "women";
	}

	private static ExtractedPlan plan(PlanTitle title, String kind, List<ExtractedArea> areas, MonitoringSetup monitoring,
			List<String> lines, PlanSection section) {
		if (title != null) {
			return new ExtractedPlan(kind, title.title(), title.region(), title.period(), title.periodStart(),
					title.periodEnd(), areas, monitoring);
		}
		int start = 0;
		int end = 0;
		for (int i = section.start(); i < section.end() && start == 0; i++) {
			Matcher m = PERIOD.matcher(WidthFolder.fold(lines.get(i)));
			if (m.find()) {
				start = Integer.parseInt(m.group(1));
				end = Integer.parseInt(m.group(2));
			}
		}
		String period = start > 0 ? start + "-" + end : "";
		String name = kind.equals("women") ? "妇女发展规划" : "儿童发展规划";
		return new ExtractedPlan(kind, name, "", period, start, end, areas, monitoring);
	}

}
