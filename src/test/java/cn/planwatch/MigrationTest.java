package cn.planwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestDatabase;

/** Runs on whichever PostgreSQL the tests use: the embedded 17 and, in CI, the machine's 15. */
@PlanWatchTest
class MigrationTest {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationIsAppliedSuccessfully() {
		MigrationInfo[] all = flyway.info().all();

		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(flyway.info().pending()).isEmpty();
	}

	@Test
	void runsOnTheExpectedServerVersion() {
		int major = jdbc.sql("show server_version_num").query(Integer.class).single() / 10000;

		String expected = System.getenv("PLANWATCH_TEST_EXPECT_PG_MAJOR");
		if (expected != null && !expected.isBlank()) {
			assertThat(major).isEqualTo(Integer.parseInt(expected));
		}
		else if (!TestDatabase.get().isExternal()) {
			assertThat(major).as("the embedded server").isEqualTo(17);
		}
		assertThat(major).isGreaterThanOrEqualTo(15);
	}

	@Test
	void theSchemaRejectsARegionCodeThatDoesNotFitItsLevel() {
		assertThatThrownBy(() -> jdbc
			.sql("insert into region (code, name, level, path) values ('12345', 'x', 'COUNTY', '12345')")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc
			.sql("insert into region (code, name, level, path) values ('991234', 'x', 'TOWNSHIP', '991234')")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

}
