package cn.planwatch.assessment;

import java.time.OffsetDateTime;

import cn.planwatch.assessment.engine.AttainmentStatus;

/**
 * A hand judgement of a qualitative target for a year: the status, the reason, who judged and when.
 * A later judgement of the same target and year retires it ({@code current} false) but keeps it.
 */
public record QualitativeJudgement(long id, long targetId, int year, AttainmentStatus status, String reason,
		String judgedBy, OffsetDateTime judgedAt, boolean current) {

}
