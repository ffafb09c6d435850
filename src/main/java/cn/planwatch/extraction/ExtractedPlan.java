package cn.planwatch.extraction;

import java.util.List;

/**
 * One plan found in a notice: {@code kind} is {@code women} or {@code children}; {@code period}
 * is written {@code 2021-2030}; {@code region} is the issuing locality as the title names it.
 */
public record ExtractedPlan(String kind, String title, String region, String period, int periodStart, int periodEnd,
		List<ExtractedArea> areas, MonitoringSetup monitoring) {

	public ExtractedPlan {
		areas = List.copyOf(areas);
	}

}
