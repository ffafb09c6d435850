package cn.planwatch.evaluation;

import java.time.LocalDate;

/**
 * A mid-term or final evaluation of a plan, looking at one assessment year, with the deadline for
 * the departments' self-assessments and who took each step of the workflow (null: not yet taken).
 * {@code returned} and {@code returnReason} keep the leadership group's last return.
 */
public record Evaluation(long id, long planId, String planTitle, boolean demo, String regionCode, EvaluationKind kind,
		int assessmentYear, LocalDate deadline, EvaluationStatus status, String note, String returnReason, Step opened,
		Step reviewStarted, Step submittedForApproval, Step approved, Step returned, int version) {

	/** E.g. "东林县妇女发展规划（2021—2030年） 中期评估". */
	public String title() {
		return planTitle + " " + kind.label();
	}

	/** Self-assessments were due and the evaluation is still collecting them. */
	public boolean overdue(LocalDate today) {
		return status.inProgress() && today.isAfter(deadline);
	}

}
