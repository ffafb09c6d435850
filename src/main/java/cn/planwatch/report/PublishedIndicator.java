package cn.planwatch.report;

import java.time.OffsetDateTime;

/** An indicator whose approved figures of a region are public, up to and including {@code throughYear}. */
public record PublishedIndicator(String regionCode, String indicatorCode, int throughYear, String publishedBy,
		OffsetDateTime publishedAt) {

}
