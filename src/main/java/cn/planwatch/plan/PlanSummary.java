package cn.planwatch.plan;

/** A plan's header with counts of its goals and targets. */
public record PlanSummary(long id, String regionCode, PlanKind kind, String title, int periodStart, int periodEnd,
		PlanStatus status, String sourceDocument, boolean demo, int goalCount, int targetCount, Long supersedesPlanId,
		Long sourceImportId) {

	public String period() {
		return periodStart + "—" + periodEnd;
	}

}
