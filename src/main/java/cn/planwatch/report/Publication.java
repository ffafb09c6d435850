package cn.planwatch.report;

import java.time.OffsetDateTime;

import cn.planwatch.plan.PlanKind;

/**
 * A published document (without its content): region, kind, the plan it reports on (if one), year,
 * title, file name and type, size, who published it and when, and whether it was withdrawn.
 */
public record Publication(long id, String regionCode, PublicationKind kind, PlanKind planKind, int year, String title,
		String fileName, String contentType, int size, String publishedBy, OffsetDateTime publishedAt,
		String withdrawnBy, OffsetDateTime withdrawnAt) {

	public boolean isPublic() {
		return withdrawnAt == null;
	}

}
