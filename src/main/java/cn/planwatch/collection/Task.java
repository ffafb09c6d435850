package cn.planwatch.collection;

import java.time.OffsetDateTime;
import java.util.List;

/** What one department must report in a round, and where its report stands. */
public record Task(long id, long roundId, long departmentId, String departmentName, String regionCode,
		TaskStatus status, String returnReason, OffsetDateTime submittedAt, OffsetDateTime approvedAt, int version,
		List<TaskIndicator> indicators) {

	public Task {
		indicators = List.copyOf(indicators);
	}

	/** An indicator of the task: the department leads it, or assists the lead department. */
	public record TaskIndicator(String code, String role) {

	}

}
