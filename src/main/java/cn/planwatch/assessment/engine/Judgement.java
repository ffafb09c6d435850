package cn.planwatch.assessment.engine;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A hand judgement of a qualitative target ("建立健全…机制"): the status someone decided (已实现,
 * 基本实现 or 未实现 — never 无数据 or 定性目标), who decided it, when, and why. Who, when and a
 * non-blank reason are required, so that every judged status can be traced and printed.
 * <p>
 * Given to {@link AssessmentEngine#assess(TargetSpec, Series, int, Judgement)}, a judgement gives a
 * qualitative target its status, and the judged target then counts in the 综合达标率 like a
 * quantitative one ({@link CompositeRate}). A judgement on a quantitative target is refused: its
 * status follows from its value.
 */
public record Judgement(AttainmentStatus status, String judgedBy, OffsetDateTime judgedAt, String reason) {

	private static final Set<AttainmentStatus> JUDGEABLE = Set.of(AttainmentStatus.ACHIEVED,
			AttainmentStatus.BASICALLY_ACHIEVED, AttainmentStatus.NOT_ACHIEVED);

	public Judgement {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(judgedAt, "judgedAt");
		if (!JUDGEABLE.contains(status)) {
			throw new IllegalArgumentException("a judgement is ACHIEVED, BASICALLY_ACHIEVED or NOT_ACHIEVED, not " + status);
		}
		if (judgedBy == null || judgedBy.isBlank()) {
			throw new IllegalArgumentException("a judgement must name who judged");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a judgement must give its reason");
		}
	}

}
