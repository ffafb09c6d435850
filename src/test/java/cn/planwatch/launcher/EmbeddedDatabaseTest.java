package cn.planwatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.planwatch.support.TestDatabase;

class EmbeddedDatabaseTest {

	private Path dir;

	@BeforeEach
	void freshDirectory() {
		dir = TestDatabase.workDir().resolve("embedded-database-test");
		TestDatabase.deleteRecursively(dir);
	}

	@Test
	void runsWithFsyncSynchronousCommitAndFullPageWritesOn() throws SQLException {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dir); Connection connection = connect(database)) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
			assertThat(setting(connection, "server_version")).startsWith("17.");
			assertThat(setting(connection, "server_encoding")).isEqualTo("UTF8");
		}
	}

	@Test
	void keepsCommittedDataAcrossARestart() throws SQLException {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dir);
				Connection connection = connect(database);
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (name text)");
			statement.execute("insert into kept values ('妇女儿童')");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dir);
				Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("妇女儿童");
		}
	}

	@Test
	void refusesConnectionsWithoutThePassword() {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dir)) {
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "wrong"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
	}

	private static Connection connect(EmbeddedDatabase database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
