package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.MonitoringSetup;

/**
 * Reads what a plan's 组织实施 and 监测评估 parts ask of monitoring: annual monitoring, mid-term and
 * final evaluation (and their years when stated), who leads the monitoring group (统计局/统计部门)
 * and the evaluation group (妇儿工委办公室), whether a leading or co-ordinating group is set up, the
 * levels of the statistics database (县级, 市、县两级), disaggregation by sex and age, early warning
 * and publication of results. Every finding keeps the sentence it came from as evidence.
 */
public final class MonitoringSetupReader {

	private static final Pattern SENTENCE = Pattern.compile("[^。;!?]+[。;!?]?");

	private static final Pattern ANNUAL = Pattern.compile("年度监测|每年[^。;]{0,10}监测|监测[^。;]{0,4}每年");

	private static final Pattern MID_TERM = Pattern.compile("中期评估|中期和终期评估|中期、终期评估|中期[^。;]{0,6}评估");

	private static final Pattern FINAL = Pattern.compile("终期评估|终期[^。;]{0,6}评估");

	private static final Pattern EVALUATION_YEAR = Pattern.compile("(\\d{4})\\s*年");

	private static final Pattern MONITORING_LEAD = Pattern.compile("监测组由([^,。;]{2,24}?)牵头");

	private static final Pattern MONITORING_LEAD_FALLBACK = Pattern
		.compile("(?:由)?([^,。;、由]{2,16}?)牵头(?:组织)?(?:开展)?(?:年度)?监测");

	private static final Pattern EVALUATION_LEAD = Pattern.compile("评估组由([^,。;]{2,24}?)牵头");

	private static final Pattern LEADING_GROUP = Pattern.compile("监测评估领导小组|监测评估协调组|(?:领导小组|协调组)下设监测组");

	private static final Pattern LEVEL_LIST = Pattern
		.compile("([省市县区乡镇村])(?:\\([^)]{1,4}\\))?(?:[、和]([省市县区乡镇村])(?:\\([^)]{1,4}\\))?)(?:[、和]([省市县区乡镇村]))?[两三]级");

	private static final Pattern LEVEL = Pattern.compile("([省市县区乡镇村])级");

	private static final Pattern DATABASE = Pattern.compile("数据库");

	private MonitoringSetupReader() {
	}

	/** Reads the set-up from the joined text of a plan's 组织实施 and 监测评估 parts. */
	public static MonitoringSetup read(String text) {
		String folded = WidthFolder.fold(text);
		List<String> evidence = new ArrayList<>();
		boolean annual = false;
		boolean midTerm = false;
		boolean finalEvaluation = false;
		Set<Integer> years = new LinkedHashSet<>();
		String monitoringLead = null;
		String evaluationLead = null;
		boolean leadingGroup = false;
		Set<String> levels = new LinkedHashSet<>();
		boolean sex = false;
		boolean age = false;
		boolean warning = false;
		boolean publication = false;
		Matcher sentences = SENTENCE.matcher(folded);
		while (sentences.find()) {
			String s = sentences.group();
			String original = text.substring(sentences.start(), sentences.end()).strip();
			boolean used = false;
			if (ANNUAL.matcher(s).find()) {
				annual = used = true;
			}
			boolean mid = MID_TERM.matcher(s).find();
			boolean fin = FINAL.matcher(s).find();
			if (mid || fin) {
				midTerm |= mid;
				finalEvaluation |= fin;
				used = true;
				Matcher y = EVALUATION_YEAR.matcher(s);
				while (y.find()) {
					years.add(Integer.parseInt(y.group(1)));
				}
			}
			Matcher lead = MONITORING_LEAD.matcher(s);
			if (lead.find()) {
				monitoringLead = original(text, sentences.start(), lead.start(1), lead.end(1));
				used = true;
			}
			else if (monitoringLead == null && (lead = MONITORING_LEAD_FALLBACK.matcher(s)).find()) {
				monitoringLead = original(text, sentences.start(), lead.start(1), lead.end(1));
				used = true;
			}
			Matcher evaluation = EVALUATION_LEAD.matcher(s);
			if (evaluation.find()) {
				evaluationLead = original(text, sentences.start(), evaluation.start(1), evaluation.end(1));
				used = true;
			}
			if (LEADING_GROUP.matcher(s).find()) {
				leadingGroup = used = true;
			}
			if (DATABASE.matcher(s).find()) {
				levels.addAll(levels(s));
				used = true;
			}
			if (s.contains("分性别")) {
				sex = used = true;
			}
			if (s.contains("分年龄")) {
				age = used = true;
			}
			if (s.contains("预警")) {
				warning = used = true;
			}
			if (s.contains("发布")) {
				publication = used = true;
			}
			if (used) {
				evidence.add(TextCleaner.squeeze(original));
			}
		}
		return new MonitoringSetup(annual, midTerm, finalEvaluation, List.copyOf(years), monitoringLead, evaluationLead,
				leadingGroup, List.copyOf(levels), sex, age, warning, publication, evidence);
	}

	private static List<String> levels(String sentence) {
		Set<String> levels = new LinkedHashSet<>();
		Matcher list = LEVEL_LIST.matcher(sentence);
		while (list.find()) {
			for (int g = 1; g <= 3; g++) {
				if (list.group(g) != null) {
					levels.add(list.group(g) + "级");
				}
			}
		}
		Matcher single = LEVEL.matcher(sentence);
		while (single.find()) {
			levels.add(single.group(1) + "级");
		}
		return List.copyOf(levels);
	}

	private static String original(String text, int sentenceStart, int start, int end) {
		return TextCleaner.squeeze(text.substring(sentenceStart + start, sentenceStart + end));
	}

}
