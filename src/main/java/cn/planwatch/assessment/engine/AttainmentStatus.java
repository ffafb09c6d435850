package cn.planwatch.assessment.engine;

/**
 * Where a target stands in a year: 已实现 (the value meets the target), 基本实现 (misses it by no more
 * than the tolerance), 未实现, 无数据 (no value that year), 定性目标 (a qualitative target not judged by
 * hand, outside the composite rate; a judged one takes the status of its {@link Judgement}).
 */
public enum AttainmentStatus {

	ACHIEVED("已实现"), BASICALLY_ACHIEVED("基本实现"), NOT_ACHIEVED("未实现"), NO_DATA("无数据"), QUALITATIVE("定性目标");

	private final String label;

	AttainmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Counts in the numerator of the 综合达标率. */
	public boolean countsAsAttained() {
		return this == ACHIEVED || this == BASICALLY_ACHIEVED;
	}

}
