package cn.planwatch.evaluation;

import java.time.OffsetDateTime;

/** Who took a workflow step, and when. */
public record Step(String by, OffsetDateTime at) {

	/** The step, or null when it was not taken. */
	public static Step of(String by, OffsetDateTime at) {
		return by == null ? null : new Step(by, at);
	}

}
