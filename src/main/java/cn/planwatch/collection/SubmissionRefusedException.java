package cn.planwatch.collection;

import java.util.List;

import cn.planwatch.collection.check.Finding;

/** A task cannot be submitted: hard findings to fix, or soft findings still without an explanation. */
public class SubmissionRefusedException extends RuntimeException {

	private final List<Finding> findings;

	public SubmissionRefusedException(String message, List<Finding> findings) {
		super(message);
		this.findings = List.copyOf(findings);
	}

	public List<Finding> findings() {
		return findings;
	}

}
