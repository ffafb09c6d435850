package cn.planwatch.assessment.engine;

import java.util.List;

/**
 * The robust forecast of a target: a Theil–Sen line (x = year − baseline year) fitted on the
 * {@link TrendScale} chosen for the points, projected to the target year T (and the mid-term year when
 * it lies ahead), back-transformed and clamped to the natural bounds, with the interval of
 * {@link TheilSen} (slope confidence interval via the Kendall S variance).
 * <p>
 * Share of the required distance covered: P = (ŷ_T − y_b) / (y* − y_b); {@code null} when there is no
 * numeric target or y* = y_b. Mid-term: P_m = (ŷ_m − y_b) / (y*_m − y_b) when a mid-term value is given.
 * {@code uncertain} is set when the interval at T strictly contains y* (结论不确定).
 * {@code residualSd} = √(Σ(y_i − ŷ_i)²/(n − 2)) on the original scale (NaN for n ≤ 2).
 */
public record Forecast(TrendScale scale, TheilSen line, int firstYear, int lastYear, int points, Projection atTarget,
		Projection atMidTerm, Double share, Double midTermShare, boolean uncertain, double residualSd,
		double averageYearlyChange) {

	/**
	 * @param window the points to fit, oldest first, at least 2
	 * @param goal the target's goal, or {@code null}
	 */
	public static Forecast compute(TargetSpec target, Baseline baseline, List<Observation> window, Goal goal,
			Settings settings) {
		int n = window.size();
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = window.get(i).year() - target.baselineYear();
			y[i] = window.get(i).value();
		}
		TrendScale scale = TrendScale.choose(target, window.stream().map(Observation::value).toList(), settings);
		Bounds bounds = target.bounds();
		double[] z = new double[n];
		for (int i = 0; i < n; i++) {
			z[i] = scale.forward(y[i], bounds);
		}
		TheilSen line = TheilSen.fit(x, z, settings.confidence());
		Projection atTarget = project(line, scale, bounds, target.targetYear(), target.baselineYear());
		int lastYear = window.get(n - 1).year();
		Projection atMidTerm = target.midTermYear() != null && target.midTermYear() > lastYear
				? project(line, scale, bounds, target.midTermYear(), target.baselineYear()) : null;
		boolean numeric = goal != null && !target.direction().isDirectional();
		Double share = numeric ? share(atTarget.value(), baseline.value(), goal.value()) : null;
		Double midTermShare = atMidTerm != null && target.midTermValue() != null
				? share(atMidTerm.value(), baseline.value(), target.midTermValue()) : null;
		boolean uncertain = numeric && atTarget.lower() < goal.value() && goal.value() < atTarget.upper();
		double squares = 0;
		for (int i = 0; i < n; i++) {
			double residual = y[i] - scale.inverse(line.at(x[i]), bounds);
			squares += residual * residual;
		}
		double residualSd = n > 2 ? Math.sqrt(squares / (n - 2)) : Double.NaN;
		int firstYear = window.get(0).year();
		double averageChange = lastYear == firstYear ? 0
				: (scale.inverse(line.at(x[n - 1]), bounds) - scale.inverse(line.at(x[0]), bounds)) / (lastYear - firstYear);
		return new Forecast(scale, line, firstYear, lastYear, n, atTarget, atMidTerm, share, midTermShare, uncertain,
				residualSd, averageChange);
	}

	/** P = (projected − baseline) / (target − baseline), or {@code null} when target = baseline. */
	static Double share(double projected, double baseline, double target) {
		double required = target - baseline;
		if (Math.abs(required) <= Goal.EPSILON * Math.max(1, Math.abs(target))) {
			return null;
		}
		return (projected - baseline) / required;
	}

	private static Projection project(TheilSen line, TrendScale scale, Bounds bounds, int year, int baselineYear) {
		double x = year - baselineYear;
		return new Projection(year, scale.inverse(line.at(x), bounds), scale.inverse(line.lowerAt(x), bounds),
				scale.inverse(line.upperAt(x), bounds));
	}

}
