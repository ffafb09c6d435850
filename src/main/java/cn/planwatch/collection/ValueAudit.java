package cn.planwatch.collection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One change of a value or its status: who, when, what it was, what it became, and why. */
public record ValueAudit(long valueId, OffsetDateTime at, String byUser, String action, BigDecimal oldValue,
		BigDecimal oldNumerator, BigDecimal oldDenominator, BigDecimal newValue, BigDecimal newNumerator,
		BigDecimal newDenominator, String oldStatus, String newStatus, String reason) {

}
