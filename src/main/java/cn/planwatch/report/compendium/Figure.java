package cn.planwatch.report.compendium;

import java.math.BigDecimal;

/**
 * What one value cell of a table shows: a number, "…" (not available) or "—" (not applicable), the
 * symbols Chinese statistical yearbooks use.
 */
record Figure(BigDecimal value, boolean notApplicable) {

	static final String NOT_AVAILABLE_SYMBOL = "…";

	static final String NOT_APPLICABLE_SYMBOL = "—";

	static final Figure NOT_AVAILABLE = new Figure(null, false);

	static final Figure NOT_APPLICABLE = new Figure(null, true);

	static Figure of(BigDecimal value, boolean notApplicable) {
		if (value != null) {
			return new Figure(value, false);
		}
		return notApplicable ? NOT_APPLICABLE : NOT_AVAILABLE;
	}

	/** The symbol printed instead of a number; null when there is a number. */
	String symbol() {
		if (value != null) {
			return null;
		}
		return notApplicable ? NOT_APPLICABLE_SYMBOL : NOT_AVAILABLE_SYMBOL;
	}

}
