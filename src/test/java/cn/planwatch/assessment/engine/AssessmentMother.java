package cn.planwatch.assessment.engine;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Assessments of 2023 for tests of what is built on them: ≥70 % targets judged by one value, and qualitative targets. */
final class AssessmentMother {

	private static final AssessmentEngine ENGINE = new AssessmentEngine(Settings.defaults());

	private AssessmentMother() {
	}

	/** A "≥70 %" target from 2020 to 2030, 基本实现 within 5 % × 70 = 3.5 points. */
	static TargetSpec atLeastSeventyPercent(String indicator) {
		return TargetSpec.builder(indicator).unit("%").target(Direction.AT_LEAST, 70.0).baseline(2020, null)
			.bounds(Bounds.PERCENT).build();
	}

	static TargetSpec qualitativeTarget(String indicator) {
		return TargetSpec.builder(indicator).target(Direction.QUALITATIVE, null).build();
	}

	/** The ≥70 % target assessed by its 2023 value: 75 已实现, 67 基本实现, 60 未实现, {@code null} 无数据. */
	static Assessment measured(String indicator, Double value) {
		return ENGINE.assess(atLeastSeventyPercent(indicator),
				value == null ? Series.empty() : Series.of(Map.of(2023, value)), 2023);
	}

	/** A qualitative target assessed in 2023, judged by hand unless {@code judgement} is {@code null}. */
	static Assessment qualitative(String indicator, Judgement judgement) {
		return ENGINE.assess(qualitativeTarget(indicator), Series.empty(), 2023, judgement);
	}

	/** A judgement by 省妇儿工委办公室 on 1 March 2024 with a reason. */
	static Judgement judged(AttainmentStatus status) {
		return new Judgement(status, "省妇儿工委办公室", OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8)),
				"已出台实施办法并在全省推开");
	}

}
