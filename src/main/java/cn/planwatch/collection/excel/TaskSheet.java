package cn.planwatch.collection.excel;

import java.util.List;

/**
 * What a department's reporting workbook is about: the round (region, year), the task and
 * department it belongs to, and the indicators to report. The task id and a checksum of the
 * structure are written into the workbook, so an upload can be matched to its task and a
 * workbook whose structure was changed is recognised.
 */
public record TaskSheet(long taskId, String regionCode, String regionName, int year, long departmentId,
		String departmentName, List<SheetIndicator> indicators) {

	public TaskSheet {
		indicators = List.copyOf(indicators);
	}

}
