package cn.planwatch.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.planwatch.shared.NotFoundException;

/**
 * A department's self-assessment (自评报告) in an evaluation: its summary, one entry per target it
 * leads, where it stands, and the evaluation group's score and comment. {@code version} grows with
 * every change; a change names the version it started from.
 */
public record SelfAssessment(long id, long evaluationId, long departmentId, String departmentName,
		SelfAssessmentStatus status, String summary, String returnReason, BigDecimal score, String reviewComment,
		Step reviewed, Step submitted, Step accepted, String updatedBy, OffsetDateTime updatedAt, int version,
		List<Entry> entries) {

	public SelfAssessment {
		entries = List.copyOf(entries);
	}

	/** Entries with a conclusion and a 完成情况 text, which submitting needs of every entry. */
	public int filledEntries() {
		return (int) entries.stream().filter(Entry::filled).count();
	}

	public int percent() {
		return entries.isEmpty() ? 0 : (int) Math.round(100.0 * filledEntries() / entries.size());
	}

	/** Still to be written or corrected after the deadline. */
	public boolean overdue(Evaluation evaluation, LocalDate today) {
		return status.editable() && evaluation.overdue(today);
	}

	public Entry entry(long targetId) {
		return entries.stream()
			.filter(e -> e.targetId() == targetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("“" + departmentName + "”的自评报告中没有目标（编号 "
					+ targetId + "）。"));
	}

	/**
	 * One led target: the department's conclusion and texts, the group's optional score and comment
	 * on it, and the files attached as evidence.
	 */
	public record Entry(long id, long targetId, Conclusion conclusion, String progress, String measures,
			String problems, String nextSteps, BigDecimal score, String reviewComment, List<Attachment> attachments) {

		public Entry {
			attachments = List.copyOf(attachments);
		}

		public boolean filled() {
			return conclusion != null && progress != null && !progress.isBlank();
		}

	}

}
