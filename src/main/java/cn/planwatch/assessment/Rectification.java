package cn.planwatch.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rectification item (整改事项): a warning of a target issued to a responsible department with the
 * office's request and the date an answer is due; the department answers with its measures and the
 * date they will be done; the office closes it (销号) or sends the answer back. {@code version}
 * guards against two people changing it at once.
 */
public record Rectification(long id, String regionCode, long targetId, String indicatorName, int year,
		long departmentId, String departmentName, String warningLabel, String warningText, String request,
		LocalDate answerDue, RectificationStatus status, String measures, LocalDate plannedBy, String closeNote,
		String issuedBy, OffsetDateTime issuedAt, String answeredBy, OffsetDateTime answeredAt, String closedBy,
		OffsetDateTime closedAt, int version) {

	/** Overdue: no answer by the due date, or measures not closed by the date the department set. */
	public boolean isOverdue(LocalDate today) {
		return status == RectificationStatus.ISSUED && today.isAfter(answerDue)
				|| status == RectificationStatus.ANSWERED && plannedBy != null && today.isAfter(plannedBy);
	}

	public boolean isOpen() {
		return status != RectificationStatus.CLOSED;
	}

}
