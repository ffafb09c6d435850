package cn.planwatch.assessment.engine;

/**
 * A warning: the rule that fired and a Chinese sentence, ready to paste into a notice, naming the
 * indicator, the responsible department, the rule and its figures.
 */
public record Warning(WarningRule rule, String reason) {

	/** "孕产妇死亡率（责任单位：卫生健康委）：" — the opening of every sentence. */
	static String subject(TargetSpec target) {
		String department = target.department() == null || target.department().isBlank() ? ""
				: "（责任单位：" + target.department() + "）";
		return target.indicator() + department + "：";
	}

}
