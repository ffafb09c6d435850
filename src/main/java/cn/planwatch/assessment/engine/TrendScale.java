package cn.planwatch.assessment.engine;

import java.util.List;

/**
 * The scale on which the trend line is fitted, chosen by a fixed rule ({@link #choose}):
 * <ol>
 * <li><b>LOGIT</b> z = ln(p / (1 − p)), p = (y − L)/(U − L), when the bounds [L, U] are finite, every
 * value lies strictly inside them, and some value lies within {@code logitMargin}·(U − L) of L or U
 * (for a percentage with the default 0.05: within 5 points of 0 % or 100 %);</li>
 * <li><b>LOG</b> z = ln y, for a lower-is-better indicator with lower bound 0 whose values are all
 * above 0 (rates falling toward zero: maternal and infant mortality);</li>
 * <li><b>LINEAR</b> z = y otherwise (also whenever a value sits on a bound, e.g. a zero rate).</li>
 * </ol>
 * Back-transformed values are clamped to the bounds.
 */
public enum TrendScale {

	LINEAR("线性尺度"), LOG("对数尺度"), LOGIT("logit尺度");

	private final String label;

	TrendScale(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static TrendScale choose(TargetSpec target, List<Double> values, Settings settings) {
		Bounds bounds = target.bounds();
		if (values.isEmpty()) {
			return LINEAR;
		}
		if (bounds.isFinite() && values.stream().allMatch(bounds::strictlyInside)) {
			double margin = settings.logitMargin() * (bounds.upper() - bounds.lower());
			boolean nearBound = values.stream()
				.anyMatch(v -> v - bounds.lower() <= margin || bounds.upper() - v <= margin);
			if (nearBound) {
				return LOGIT;
			}
		}
		if (target.polarity() == Polarity.LOWER && bounds.lower() == 0 && values.stream().allMatch(v -> v > 0)) {
			return LOG;
		}
		return LINEAR;
	}

	public double forward(double y, Bounds bounds) {
		return switch (this) {
			case LINEAR -> y;
			case LOG -> Math.log(y);
			case LOGIT -> {
				double p = (y - bounds.lower()) / (bounds.upper() - bounds.lower());
				yield Math.log(p / (1 - p));
			}
		};
	}

	/** The inverse of {@link #forward}, clamped to the bounds. */
	public double inverse(double z, Bounds bounds) {
		double y = switch (this) {
			case LINEAR -> z;
			case LOG -> Math.exp(z);
			case LOGIT -> bounds.lower() + (bounds.upper() - bounds.lower()) / (1 + Math.exp(-z));
		};
		return bounds.clamp(y);
	}

}
