package cn.planwatch.assessment.engine;

/**
 * Which targets the composite attainment rate (综合达标率) divides by. Unjudged qualitative targets never
 * count, judged ones always do (see {@link CompositeRate}); targets without data count only under
 * {@link #INCLUDE_NO_DATA} (as some county reports do).
 */
public enum DenominatorRule {

	EXCLUDE_NO_DATA("分母为可监测的量化目标数（不含无数据目标和定性目标）", "分母为可监测的量化目标数（不含无数据目标）"),
	INCLUDE_NO_DATA("分母为全部量化目标数（含无数据目标，不含定性目标）", "分母为全部量化目标数（含无数据目标）");

	private final String text;

	private final String quantitativeText;

	DenominatorRule(String text, String quantitativeText) {
		this.text = text;
		this.quantitativeText = quantitativeText;
	}

	/** The rule in Chinese, printed with every composite rate that counts no judged qualitative target. */
	public String text() {
		return text;
	}

	/** The rule in Chinese for a rate counting {@code judged} qualitative targets judged by hand. */
	String describe(int judged) {
		return judged == 0 ? text : quantitativeText + "；定性目标经人工评判后计入（" + judged + "项），未经评判的不计入";
	}

}
