package cn.planwatch.assessment.engine;

/**
 * Where a target is heading. With a numeric target, by P (see {@link Forecast}) and the settings'
 * thresholds: P ≥ 0.95 → 预计可实现; 0.5 ≤ P &lt; 0.95 → 需加快; 0 ≤ P &lt; 0.5 → 预计完成困难;
 * P &lt; 0 → 逆向变化. Targets met at the baseline: still met → 保持, no longer met → 退步; a target
 * met now (not at the baseline) → 保持. Directional targets by the Theil–Sen slope and the
 * Mann–Kendall test (see {@link AssessmentEngine}).
 */
public enum ProgressCategory {

	ON_TRACK("预计可实现"), NEEDS_ACCELERATION("需加快"), DIFFICULT("预计完成困难"), REVERSING("逆向变化"),
	MAINTAINED("保持"), REGRESSED("退步"), INSUFFICIENT_DATA("数据不足以判定"), NOT_ASSESSED("定性目标，人工判定");

	private final String label;

	ProgressCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
