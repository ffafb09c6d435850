package cn.planwatch.web;

import java.math.BigDecimal;
import java.util.List;

import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.plan.Indicator;

/** One indicator of a task on the entry page: the indicator, its role, and its cells with current and last year's values. */
public record TaskRow(Indicator indicator, String role, List<Cell> cells) {

	/** One breakdown cell: the value stored now (null if none) and last year's approved value. */
	public record Cell(String indicatorCode, Breakdown breakdown, ReportedValue current, BigDecimal lastYear) {

		public String field(String prefix) {
			return CellForm.field(prefix, indicatorCode, breakdown);
		}

	}

}
