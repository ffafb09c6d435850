package cn.planwatch.collection.check;

import java.math.BigDecimal;

/**
 * A data check as configured: for every indicator ({@code indicatorCode} null) or for one,
 * which overrides the general rule of its kind — so one indicator can be exempted or given its
 * own threshold.
 */
public record Rule(RuleKind kind, String indicatorCode, BigDecimal threshold, boolean enabled) {

	public static Rule standard(RuleKind kind) {
		return new Rule(kind, null, kind.defaultThreshold(), true);
	}

}
