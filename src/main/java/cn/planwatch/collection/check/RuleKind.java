package cn.planwatch.collection.check;

import java.math.BigDecimal;

/** The kinds of data check; the statistics bureau sets their thresholds and turns them on or off per indicator. */
public enum RuleKind {

	REQUIRED("必填项", Severity.HARD, null),
	UNIT_RANGE("单位取值范围（百分比 0—100、千分比 0—1000、人数等为非负整数）", Severity.HARD, null),
	NUMERATOR_LE_DENOMINATOR("分子不大于分母", Severity.HARD, null),
	FEMALE_LE_TOTAL("女性不大于合计", Severity.HARD, null),
	YEAR_OVER_YEAR("与上年相比变化幅度（相对变化超过阈值）", Severity.SOFT, new BigDecimal("0.30")),
	OUTLIER("偏离历年序列（修正 Z 分数超过阈值）", Severity.SOFT, new BigDecimal("3.5")),
	JUMP_PAST_TARGET("已达目标且比上年跃升（相对变化超过阈值）", Severity.SOFT, new BigDecimal("0.20"));

	private final String label;

	private final Severity severity;

	private final BigDecimal defaultThreshold;

	RuleKind(String label, Severity severity, BigDecimal defaultThreshold) {
		this.label = label;
		this.severity = severity;
		this.defaultThreshold = defaultThreshold;
	}

	public String label() {
		return label;
	}

	public Severity severity() {
		return severity;
	}

	public BigDecimal defaultThreshold() {
		return defaultThreshold;
	}

}
