package cn.planwatch.access.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.access.ApiToken;

/** SQL for {@code access_api_token}. */
@Repository
public class ApiTokenRepository {

	private final JdbcClient jdbc;

	public ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long userId, String name, String hash, String prefix) {
		jdbc.sql("insert into access_api_token (user_id, name, token_hash, prefix) values (?, ?, ?, ?)")
			.params(userId, name, hash, prefix)
			.update();
	}

	/** The username owning an active token with this hash, marking the token used. */
	public Optional<String> useActive(String hash) {
		Optional<String> username = jdbc.sql("""
				select u.username from access_api_token t join access_user u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null and u.enabled""")
			.param(hash)
			.query(String.class)
			.optional();
		username.ifPresent(u -> jdbc.sql("update access_api_token set last_used_at = now() where token_hash = ?")
			.param(hash)
			.update());
		return username;
	}

	public List<ApiToken> ofUser(long userId) {
		return jdbc.sql("select * from access_api_token where user_id = ? order by created_at desc, id desc")
			.param(userId)
			.query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	public int revoke(long userId, long tokenId) {
		return jdbc.sql("update access_api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, userId)
			.update();
	}

}
