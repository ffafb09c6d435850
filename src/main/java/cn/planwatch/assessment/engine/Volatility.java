package cn.planwatch.assessment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 波动较大 rules on the points of the fit window, changes taken per year d_k = (y_{k+1} − y_k)/(t_{k+1} − t_k):
 * <ul>
 * <li><b>F1, modified z</b> (Iglewicz &amp; Hoaglin): M_k = 0.6745·(d_k − med d)/MAD with MAD = med|d − med d|;
 * when MAD = 0, M_k = (d_k − med d)/(1.2533·MeanAD), MeanAD = mean|d − med d|; flagged when |M_k| exceeds the
 * threshold (3.5) and there are at least {@code minChangesForOutliers} changes. A MAD or MeanAD below 10⁻⁹ of
 * the largest |d| counts as 0 (a straight line's changes differ only by rounding).</li>
 * <li><b>F3, zig-zag</b>: among the last {@code zigzagWindow} non-zero changes, at least
 * {@code zigzagMinSignChanges} changes of sign.</li>
 * <li><b>F4, noise over pace</b>: the residual s.d. around the trend line (original scale) exceeds the
 * required yearly change |y* − y_t|/(T − t). Only where the verdict rests on the trend ({@code byTrend}: a
 * numeric target met neither at the baseline nor now) and T &gt; t; it says that verdict is unreliable.</li>
 * </ul>
 */
final class Volatility {

	private Volatility() {
	}

	static List<Warning> check(TargetSpec target, List<Observation> window, Forecast forecast, Goal goal,
			boolean byTrend, Settings settings) {
		List<Warning> warnings = new ArrayList<>();
		outlierChange(target, window, settings).ifPresent(warnings::add);
		zigzag(target, window, settings).ifPresent(warnings::add);
		if (byTrend) {
			noiseOverPace(target, window, forecast, goal).ifPresent(warnings::add);
		}
		return warnings;
	}

	static Optional<Warning> outlierChange(TargetSpec target, List<Observation> window, Settings settings) {
		double[] d = changes(window);
		if (d.length < settings.minChangesForOutliers()) {
			return Optional.empty();
		}
		double median = TheilSen.median(d);
		double[] deviations = new double[d.length];
		double largest = 0;
		double sum = 0;
		for (int i = 0; i < d.length; i++) {
			deviations[i] = Math.abs(d[i] - median);
			largest = Math.max(largest, Math.abs(d[i]));
			sum += deviations[i];
		}
		double negligible = 1e-9 * largest;
		double mad = TheilSen.median(deviations);
		double meanAd = sum / d.length;
		double scale;
		String basis;
		if (mad > negligible) {
			scale = mad / 0.6745;
			basis = "中位绝对偏差" + Figures.format(mad);
		}
		else if (meanAd > negligible) {
			scale = 1.2533 * meanAd;
			basis = "平均绝对偏差" + Figures.format(meanAd) + "（中位绝对偏差为0）";
		}
		else {
			return Optional.empty();
		}
		int worst = -1;
		double worstM = 0;
		for (int i = 0; i < d.length; i++) {
			double m = (d[i] - median) / scale;
			if (Math.abs(m) > settings.modifiedZThreshold() && Math.abs(m) > Math.abs(worstM)) {
				worst = i;
				worstM = m;
			}
		}
		if (worst < 0) {
			return Optional.empty();
		}
		Observation from = window.get(worst);
		Observation to = window.get(worst + 1);
		return Optional.of(new Warning(WarningRule.OUTLIER_CHANGE, Warning.subject(target) + from.year() + "—" + to.year()
				+ "年年均变化" + signed(d[worst], target.unit()) + "，修正z分数为" + Figures.format(worstM) + "（以" + d.length
				+ "次年度变化的中位数" + Figures.format(median) + "和" + basis + "计算），绝对值超过阈值"
				+ Figures.format(settings.modifiedZThreshold()) + "，波动较大。"));
	}

	static Optional<Warning> zigzag(TargetSpec target, List<Observation> window, Settings settings) {
		double[] d = changes(window);
		List<Double> nonZero = new ArrayList<>();
		for (double change : d) {
			if (change != 0) {
				nonZero.add(change);
			}
		}
		List<Double> recent = nonZero.subList(Math.max(0, nonZero.size() - settings.zigzagWindow()), nonZero.size());
		int signChanges = 0;
		for (int i = 1; i < recent.size(); i++) {
			if (Math.signum(recent.get(i)) != Math.signum(recent.get(i - 1))) {
				signChanges++;
			}
		}
		if (signChanges < settings.zigzagMinSignChanges()) {
			return Optional.empty();
		}
		StringBuilder list = new StringBuilder();
		for (double change : recent) {
			list.append(list.length() == 0 ? "" : "、").append(signed(change, target.unit()));
		}
		return Optional.of(new Warning(WarningRule.ZIGZAG, Warning.subject(target) + "最近" + recent.size() + "次年度变化为"
				+ list + "，升降方向改变" + signChanges + "次（达到" + settings.zigzagMinSignChanges() + "次即预警），波动较大。"));
	}

	static Optional<Warning> noiseOverPace(TargetSpec target, List<Observation> window, Forecast forecast, Goal goal) {
		if (goal == null || target.direction().isDirectional() || Double.isNaN(forecast.residualSd())) {
			return Optional.empty();
		}
		Observation latest = window.get(window.size() - 1);
		int yearsLeft = target.targetYear() - latest.year();
		if (yearsLeft <= 0 || goal.meets(latest.value())) {
			return Optional.empty();
		}
		double required = Math.abs(goal.value() - latest.value()) / yearsLeft;
		if (!(forecast.residualSd() > required)) {
			return Optional.empty();
		}
		return Optional.of(new Warning(WarningRule.NOISE_OVER_PACE, Warning.subject(target) + "围绕稳健趋势线的残差标准差为"
				+ Figures.withUnit(forecast.residualSd(), target.unit()) + "，大于实现目标所需的年均变化"
				+ Figures.withUnit(required, target.unit()) + "（由" + latest.year() + "年的"
				+ Figures.withUnit(latest.value(), target.unit()) + "到" + target.targetYear() + "年的目标"
				+ goal.describe(target.unit()) + "，还剩" + yearsLeft + "年），波动较大，趋势判断不可靠。"));
	}

	/** Year-over-year changes per year between consecutive points. */
	static double[] changes(List<Observation> window) {
		double[] d = new double[Math.max(0, window.size() - 1)];
		for (int i = 0; i < d.length; i++) {
			Observation a = window.get(i);
			Observation b = window.get(i + 1);
			d[i] = (b.value() - a.value()) / (b.year() - a.year());
		}
		return d;
	}

	private static String signed(double value, String unit) {
		return (value > 0 ? "+" : "") + Figures.withUnit(value, unit);
	}

}
