package cn.planwatch.assessment.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for Chinese sentences: at most two decimals, no trailing zeros. */
final class Figures {

	private Figures() {
	}

	static String format(double value) {
		if (Double.isNaN(value)) {
			return "—";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "∞" : "−∞";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0";
		}
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	static String withUnit(double value, String unit) {
		return format(value) + (unit == null ? "" : unit);
	}

	/** A share as a percentage, e.g. 0.3214 → "32.1%". */
	static String percent(double share) {
		if (!Double.isFinite(share)) {
			return format(share);
		}
		BigDecimal rounded = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.signum() == 0 ? "0" : rounded.scale() < 0 ? rounded.setScale(0).toPlainString()
				: rounded.toPlainString()) + "%";
	}

}
