package cn.planwatch.assessment.engine;

import java.util.Collection;

/**
 * 综合达标率 = (已实现 + 基本实现) / denominator, where the denominator follows the
 * {@link DenominatorRule}: monitorable quantitative targets (已实现 + 基本实现 + 未实现), plus 无数据
 * under {@link DenominatorRule#INCLUDE_NO_DATA}; 定性目标 never count. {@code rate} is {@code null}
 * when the denominator is 0. {@code ruleText} and {@code toleranceText} are the Chinese rules that
 * must be printed with the rate.
 */
public record CompositeRate(int achieved, int basicallyAchieved, int notAchieved, int noData, int qualitative,
		int numerator, int denominator, Double rate, DenominatorRule rule, String ruleText, String toleranceText) {

	public static CompositeRate of(Collection<AttainmentStatus> statuses, Settings settings) {
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
		return new CompositeRate(achieved, basically, notAchieved, noData, qualitative, numerator, denominator, rate, rule,
				rule.text(), "基本实现：" + settings.toleranceText());
	}

	/** E.g. "综合达标率81.5%（44/54）；分母为可监测的量化目标数（不含无数据目标和定性目标）；基本实现：差距不超过目标值的5%". */
	public String describe() {
		String value = rate == null ? "无法计算" : Figures.percent(rate);
		return "综合达标率" + value + "（" + numerator + "/" + denominator + "）；" + ruleText + "；" + toleranceText;
	}

}
