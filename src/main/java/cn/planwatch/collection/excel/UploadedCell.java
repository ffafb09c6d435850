package cn.planwatch.collection.excel;

import java.math.BigDecimal;

/** One filled cell group read back from an uploaded workbook: an indicator × breakdown with its numbers and notes. */
public record UploadedCell(String indicatorCode, String breakdownKey, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, String source, String note, int row) {

}
