package cn.planwatch.assessment.engine;

/**
 * The engine's settings, all explicit so that every output can state them.
 *
 * @param toleranceKind how the 基本实现 tolerance is measured
 * @param tolerance τ: 0.05 means 5 % of the target (relative) or 0.05 units (absolute)
 * @param denominatorRule which targets the 综合达标率 divides by
 * @param onTrackShare P at or above which a target is 预计可实现 (0.95)
 * @param difficultShare P below which (and ≥ 0) a target is 预计完成困难 (0.5)
 * @param minPoints fewest points since the baseline for a trend (3)
 * @param maxFitPoints most recent points used for the trend (7)
 * @param confidence level of intervals (0.95)
 * @param mannKendallAlpha two-sided significance level of the Mann–Kendall test (0.05)
 * @param logitMargin share of a finite bounded range within which a value makes the scale logit (0.05)
 * @param modifiedZThreshold |M| above which a year-over-year change is an outlier (3.5)
 * @param minChangesForOutliers fewest year-over-year changes for the modified z rule (4)
 * @param zigzagWindow how many latest changes the zig-zag rule looks at (4)
 * @param zigzagMinSignChanges sign changes among them that make a zig-zag (2)
 * @param smallNumberRelativeWidth an exact Poisson interval wider than this share of |y*| that contains y*
 *        makes a rate 数据不足以判定 (0.5)
 */
public record Settings(ToleranceKind toleranceKind, double tolerance, DenominatorRule denominatorRule,
		double onTrackShare, double difficultShare, int minPoints, int maxFitPoints, double confidence,
		double mannKendallAlpha, double logitMargin, double modifiedZThreshold, int minChangesForOutliers,
		int zigzagWindow, int zigzagMinSignChanges, double smallNumberRelativeWidth) {

	public Settings {
		if (tolerance < 0) {
			throw new IllegalArgumentException("tolerance must not be negative");
		}
		if (!(difficultShare <= onTrackShare)) {
			throw new IllegalArgumentException("difficultShare must not exceed onTrackShare");
		}
		if (minPoints < 2 || maxFitPoints < minPoints) {
			throw new IllegalArgumentException("need 2 ≤ minPoints ≤ maxFitPoints");
		}
		if (!(confidence > 0 && confidence < 1) || !(mannKendallAlpha > 0 && mannKendallAlpha < 1)) {
			throw new IllegalArgumentException("confidence and alpha must lie in (0, 1)");
		}
	}

	/** 5 % of the target as 基本实现 band, no-data targets left out of the denominator, thresholds of the methods note. */
	public static Settings defaults() {
		return new Settings(ToleranceKind.RELATIVE_TO_TARGET, 0.05, DenominatorRule.EXCLUDE_NO_DATA, 0.95, 0.5, 3, 7,
				0.95, 0.05, 0.05, 3.5, 4, 4, 2, 0.5);
	}

	public Settings withTolerance(ToleranceKind kind, double value) {
		return new Settings(kind, value, denominatorRule, onTrackShare, difficultShare, minPoints, maxFitPoints,
				confidence, mannKendallAlpha, logitMargin, modifiedZThreshold, minChangesForOutliers, zigzagWindow,
				zigzagMinSignChanges, smallNumberRelativeWidth);
	}

	public Settings withDenominatorRule(DenominatorRule rule) {
		return new Settings(toleranceKind, tolerance, rule, onTrackShare, difficultShare, minPoints, maxFitPoints,
				confidence, mannKendallAlpha, logitMargin, modifiedZThreshold, minChangesForOutliers, zigzagWindow,
				zigzagMinSignChanges, smallNumberRelativeWidth);
	}

	public Settings withShares(double onTrack, double difficult) {
		return new Settings(toleranceKind, tolerance, denominatorRule, onTrack, difficult, minPoints, maxFitPoints,
				confidence, mannKendallAlpha, logitMargin, modifiedZThreshold, minChangesForOutliers, zigzagWindow,
				zigzagMinSignChanges, smallNumberRelativeWidth);
	}

	/** The 基本实现 rule in Chinese, e.g. "差距不超过目标值的5%". */
	public String toleranceText() {
		return toleranceKind.describe(tolerance);
	}

}
