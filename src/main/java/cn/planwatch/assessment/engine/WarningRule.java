package cn.planwatch.assessment.engine;

/**
 * The rules that raise a warning, each with the warning's name ({@link #label}) and the rule's name
 * ({@link #ruleName}) as a commission office would print them.
 */
public enum WarningRule {

	DIFFICULT("预计完成困难", "趋势推算完成比例低于预警线"),
	REVERSING("逆向变化", "趋势与目标方向相反"),
	REGRESSED("退步", "基期已达标而当前未达标"),
	OUTLIER_CHANGE("波动较大", "年度变化的修正z分数超过阈值"),
	ZIGZAG("波动较大", "年度变化方向反复改变"),
	NOISE_OVER_PACE("波动较大", "波动幅度大于所需年均变化"),
	TOO_FEW_POINTS("数据不足以判定", "数据点不足"),
	SMALL_NUMBERS("数据不足以判定", "事件数过少（精确泊松区间过宽）");

	private final String label;

	private final String ruleName;

	WarningRule(String label, String ruleName) {
		this.label = label;
		this.ruleName = ruleName;
	}

	public String label() {
		return label;
	}

	public String ruleName() {
		return ruleName;
	}

	/** 预计完成困难, 逆向变化, 退步 and 波动较大 call for action; 数据不足以判定 asks for data, not measures. */
	public boolean callsForAction() {
		return this != TOO_FEW_POINTS && this != SMALL_NUMBERS;
	}

}
