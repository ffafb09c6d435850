package cn.planwatch.access;

import java.time.OffsetDateTime;

/** A personal API token as listed to its owner (the secret itself is shown only once, when created). */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
