package cn.planwatch.assessment.engine;

/**
 * Which targets the composite attainment rate (综合达标率) divides by. Qualitative targets never count;
 * targets without data count only under {@link #INCLUDE_NO_DATA} (as some county reports do).
 */
public enum DenominatorRule {

	EXCLUDE_NO_DATA("分母为可监测的量化目标数（不含无数据目标和定性目标）"),
	INCLUDE_NO_DATA("分母为全部量化目标数（含无数据目标，不含定性目标）");

	private final String text;

	DenominatorRule(String text) {
		this.text = text;
	}

	/** The rule in Chinese, printed with every composite rate. */
	public String text() {
		return text;
	}

}
