package cn.planwatch.collection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import cn.planwatch.collection.check.CellValue;

/**
 * A value of the monitoring database: region × indicator × year × breakdown, with the numerator
 * and denominator for a rate, its source and notes, the explanation a soft check asked for, its
 * status, where it came from (reported, rolled up from townships, loaded history) and its version
 * for optimistic locking.
 */
public record ReportedValue(long id, String regionCode, String indicatorCode, int year, Breakdown breakdown,
		BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source, String note, String explanation,
		ValueStatus status, String origin, Long departmentId, Long taskId, int version, String updatedBy,
		OffsetDateTime updatedAt) {

	/** The value as a cell for the checks and the roll-up. */
	public CellValue cell() {
		return new CellValue(breakdown, value, numerator, denominator);
	}

}
