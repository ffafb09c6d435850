package cn.planwatch.assessment.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.planwatch.assessment.AssessmentResult;

/**
 * A result to store: its values in the order of {@link ResultColumns#ALL} (taken once, for the fingerprint
 * and the write), and the fingerprint of its content that tells whether the stored row changed.
 */
public record ResultRow(AssessmentResult result, List<Object> values, long fingerprint) {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	/**
	 * The row of a result, its fingerprint a 64-bit FNV-1a hash of the values it is stored with (so not its
	 * computing time), taken field by field: printing the result to hash its text cost a third of a recompute.
	 */
	public static ResultRow of(AssessmentResult result) {
		List<Object> values = new ArrayList<>(ResultColumns.ALL.size());
		long hash = FNV_OFFSET;
		for (ResultColumns.Column column : ResultColumns.ALL) {
			Object value = column.valueOf(result);
			values.add(value);
			if (value instanceof String text) {
				hash = (hash ^ text.length()) * FNV_PRIME;
				for (int i = 0; i < text.length(); i++) {
					hash = (hash ^ text.charAt(i)) * FNV_PRIME;
				}
			}
			else {
				hash = (hash ^ bits(value)) * FNV_PRIME;
			}
		}
		return new ResultRow(result, Collections.unmodifiableList(values), hash);
	}

	public ResultKey key() {
		return new ResultKey(result.targetId(), result.breakdown(), result.year());
	}

	/** A number's or flag's bits; null as a NaN pattern no stored number has (non-finite doubles are stored as null). */
	private static long bits(Object value) {
		if (value == null) {
			return 0x7ff8000000000001L;
		}
		if (value instanceof Double d) {
			return Double.doubleToLongBits(d);
		}
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		return ((Number) value).longValue();
	}

}
