package cn.planwatch.collection;

import java.math.BigDecimal;

/**
 * One cell as a department enters it (form, workbook or API). {@code expectedVersion} is the
 * version the user saw; when someone else saved the value meanwhile, the save is refused with a
 * conflict instead of overwriting their change. Null for a cell that did not exist yet.
 */
public record CellInput(String indicatorCode, String breakdownKey, BigDecimal value, BigDecimal numerator,
		BigDecimal denominator, String source, String note, String explanation, Integer expectedVersion) {

}
