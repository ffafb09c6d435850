package cn.planwatch.assessment.engine;

import java.util.Collection;

/**
 * 综合达标率 = (已实现 + 基本实现) / denominator, where the denominator follows the
 * {@link DenominatorRule}: monitorable targets (已实现 + 基本实现 + 未实现), plus 无数据 under
 * {@link DenominatorRule#INCLUDE_NO_DATA}. A qualitative target counts like a quantitative one once it
 * has been judged by hand ({@link Judgement}): it is then one of the 已实现, 基本实现 or 未实现 targets,
 * and {@code judged} says how many of those were judged; an unjudged qualitative target (定性目标,
 * counted in {@code qualitative}) never counts. {@code rate} is {@code null} when the denominator is 0.
 * {@code ruleText} and {@code toleranceText} are the Chinese rules that must be printed with the rate;
 * the rule text names the judged targets when there are any.
 */
public record CompositeRate(int achieved, int basicallyAchieved, int notAchieved, int noData, int qualitative,
		int judged, int numerator, int denominator, Double rate, DenominatorRule rule, String ruleText,
		String toleranceText) {

	/**
	 * The rate of bare statuses. Statuses cannot show which targets were judged by hand, so {@code judged}
	 * is 0; for assessments use {@link AssessmentEngine#composite} or {@link CompositeRates}.
	 */
	public static CompositeRate of(Collection<AttainmentStatus> statuses, Settings settings) {
		return of(statuses, 0, settings);
	}

	/** The rate of assessments, counting those with a {@link Judgement} as judged. */
	static CompositeRate ofAssessments(Collection<Assessment> assessments, Settings settings) {
		int judged = (int) assessments.stream().filter(Assessment::isJudged).count();
		return of(assessments.stream().map(Assessment::status).toList(), judged, settings);
	}

	private static CompositeRate of(Collection<AttainmentStatus> statuses, int judged, Settings settings) {
		int[] counts = new int[AttainmentStatus.values().length];
		statuses.forEach(status -> counts[status.ordinal()]++);
		int achieved = counts[AttainmentStatus.ACHIEVED.ordinal()];
		int basically = counts[AttainmentStatus.BASICALLY_ACHIEVED.ordinal()];
		int notAchieved = counts[AttainmentStatus.NOT_ACHIEVED.ordinal()];
		int noData = counts[AttainmentStatus.NO_DATA.ordinal()];
		int qualitative = counts[AttainmentStatus.QUALITATIVE.ordinal()];
		DenominatorRule rule = settings.denominatorRule();
		int numerator = achieved + basically;
		int denominator = numerator + notAchieved + (rule == DenominatorRule.INCLUDE_NO_DATA ? noData : 0);
		Double rate = denominator == 0 ? null : (double) numerator / denominator;
		return new CompositeRate(achieved, basically, notAchieved, noData, qualitative, judged, numerator, denominator,
				rate, rule, rule.describe(judged), "基本实现：" + settings.toleranceText());
	}

	/**
	 * E.g. "综合达标率81.5%（44/54）；分母为可监测的量化目标数（不含无数据目标和定性目标）；基本实现：差距不超过目标值的5%";
	 * with judged targets the rule reads "分母为可监测的量化目标数（不含无数据目标）；定性目标经人工评判后计入（3项），未经评判的不计入".
	 */
	public String describe() {
		String value = rate == null ? "无法计算" : Figures.percent(rate);
		return "综合达标率" + value + "（" + numerator + "/" + denominator + "）；" + ruleText + "；" + toleranceText;
	}

}
