package cn.planwatch.assessment.internal;

import cn.planwatch.assessment.AssessmentResult;

/** A result to store, with the fingerprint of its content that tells whether the stored row changed. */
public record ResultRow(AssessmentResult result, long fingerprint) {

	public ResultKey key() {
		return new ResultKey(result.targetId(), result.breakdown(), result.year());
	}

}
