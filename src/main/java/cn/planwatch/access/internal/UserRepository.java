package cn.planwatch.access.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccount;

/** SQL for the {@code access_user} table. */
@Repository
public class UserRepository {

	private static final RowMapper<PlanWatchUser> PRINCIPAL = (rs, n) -> new PlanWatchUser(rs.getLong("id"),
			rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
			Role.valueOf(rs.getString("role")), rs.getString("scope_region_code"),
			(Long) rs.getObject("department_id", Long.class), rs.getBoolean("enabled"));

	private static final RowMapper<UserAccount> ACCOUNT = (rs, n) -> new UserAccount(rs.getLong("id"),
			rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
			rs.getString("scope_region_code"), (Long) rs.getObject("department_id", Long.class),
			rs.getBoolean("enabled"), rs.getBoolean("demo"));

	private final JdbcClient jdbc;

	public UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PlanWatchUser> findPrincipal(String username) {
		return jdbc.sql("select * from access_user where username = ?").param(username).query(PRINCIPAL).optional();
	}

	public Optional<UserAccount> find(String username) {
		return jdbc.sql("select * from access_user where username = ?").param(username).query(ACCOUNT).optional();
	}

	public List<UserAccount> all() {
		return jdbc.sql("select * from access_user order by role, username").query(ACCOUNT).list();
	}

	public long insert(String username, String displayName, String passwordHash, Role role, String scopeRegionCode,
			Long departmentId, boolean demo) {
		return jdbc.sql("""
				insert into access_user (username, display_name, password_hash, role, scope_region_code, department_id, demo)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(username, displayName, passwordHash, role.name(), scopeRegionCode, departmentId, demo)
			.query(Long.class)
			.single();
	}

	public int updatePasswordHash(String username, String passwordHash) {
		return jdbc.sql("update access_user set password_hash = ? where username = ?")
			.params(passwordHash, username)
			.update();
	}

	public int updatePasswordHashOfDemoAccounts(String passwordHash) {
		return jdbc.sql("update access_user set password_hash = ? where demo").param(passwordHash).update();
	}

}
