package cn.planwatch.collection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An annual monitoring round the statistics bureau opened for a region and year. */
public record Round(long id, String regionCode, int year, LocalDate deadline, boolean open, String note,
		String openedBy, OffsetDateTime openedAt) {

	public boolean overdue(LocalDate today) {
		return open && today.isAfter(deadline);
	}

}
