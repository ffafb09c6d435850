package cn.planwatch.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything an evaluation report is written from: the evaluation, and per department its
 * self-assessment's status, the group's score and comment, the department's summary, and each entry
 * with the target it is about, the conclusion, texts and the names of the attached files.
 */
public record EvaluationSummary(Evaluation evaluation, List<DepartmentSummary> departments) {

	public EvaluationSummary {
		departments = List.copyOf(departments);
	}

	public record DepartmentSummary(long selfAssessmentId, long departmentId, String departmentName,
			SelfAssessmentStatus status, BigDecimal score, String comment, String summary, List<EntrySummary> entries) {

		public DepartmentSummary {
			entries = List.copyOf(entries);
		}

	}

	public record EntrySummary(long targetId, String indicatorCode, String indicatorName, String areaName,
			int goalNumber, Conclusion conclusion, String progress, String measures, String problems, String nextSteps,
			BigDecimal score, String comment, List<String> attachmentNames) {

		public EntrySummary {
			attachmentNames = List.copyOf(attachmentNames);
		}

	}

}
