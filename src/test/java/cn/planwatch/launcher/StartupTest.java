package cn.planwatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import cn.planwatch.access.InitialAdministrator;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.TestDatabase;

/** The {@code demo} and {@code serve} commands as a user runs them, including the mistakes they make. */
class StartupTest {

	private Path dataDir;

	@BeforeEach
	void freshDataDirectory() {
		dataDir = TestDatabase.workDir().resolve("startup-test");
		TestDatabase.deleteRecursively(dataDir);
	}

	@Test
	void demoServesTheLoginPageAndKeepsChangesAcrossARestart() throws Exception {
		int port = freePort();
		long regionCount;
		long departmentId;
		try (RunningPlanWatch app = startDemo(port)) {
			assertThat(get(app.url() + "login")).contains("登录").contains("演示数据");
			Departments departments = app.context().getBean(Departments.class);
			Department health = departments.findByKind("990100", "health").orElseThrow();
			departmentId = health.id();
			departments.updateLiaison(departmentId, "张敏", "0730-1234567");
			regionCount = app.context().getBean(Regions.class).all().size();
		}
		try (RunningPlanWatch app = startDemo(port)) {
			Department health = app.context().getBean(Departments.class).get(departmentId);
			assertThat(health.liaisonName()).isEqualTo("张敏");
			assertThat(health.liaisonPhone()).isEqualTo("0730-1234567");
			assertThat(app.context().getBean(Regions.class).all()).hasSize((int) regionCount);
		}
	}

	@Test
	void aSecondDemoOnTheSameDirectoryIsRefused() throws Exception {
		try (RunningPlanWatch first = startDemo(freePort())) {
			int otherPort = freePort();
			assertThatThrownBy(() -> startDemo(otherPort)).isInstanceOf(StartupException.class)
				.hasMessageContaining("正被另一个 PlanWatch 实例使用");
			assertThat(get(first.url() + "login")).contains("登录");
		}
	}

	@Test
	void aTakenPortIsReportedClearly() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();
			assertThatThrownBy(() -> startDemo(port)).isInstanceOf(StartupException.class)
				.hasMessageContaining("端口 " + port + " 已被占用");
		}
		assertThat(Files.exists(dataDir.resolve("pgdata"))).as("nothing started").isFalse();
	}

	@Test
	void aDataDirectoryThatCannotBeWrittenIsReportedClearly() throws Exception {
		Path file = TestDatabase.workDir().resolve("not-a-directory.txt");
		Files.writeString(file, "x");
		Path impossible = file.resolve("data");
		assertThatThrownBy(() -> PlanWatchLauncher.start("demo", "--port", String.valueOf(freePort()), "--data-dir",
				impossible.toString()))
			.isInstanceOf(StartupException.class)
			.hasMessageContaining("无法创建或不可写");
	}

	@Test
	void serveWithAnUnreachableDatabaseIsReportedClearly() throws Exception {
		int closedPort = freePort();
		assertThatThrownBy(() -> PlanWatchLauncher.start("serve", "--port", String.valueOf(freePort()), "--db-url",
				"jdbc:postgresql://127.0.0.1:" + closedPort + "/planwatch"))
			.isInstanceOf(StartupException.class)
			.hasMessageContaining("无法连接数据库 jdbc:postgresql://127.0.0.1:" + closedPort);
	}

	@Test
	void serveWithoutADatabaseSaysHowToNameOne() {
		// the variables may be set by the environment (CI's second pass); only run where they are not
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PLANWATCH_DB_URL") == null
				&& System.getenv("SPRING_DATASOURCE_URL") == null);
		assertThatThrownBy(() -> PlanWatchLauncher.start("serve")).isInstanceOf(StartupException.class)
			.hasMessageContaining("--db-url");
	}

	@Test
	void serveOnAnEmptyDatabaseCreatesTheFirstAdministratorOnce() throws Exception {
		Path dbDir = TestDatabase.workDir().resolve("serve-test-db");
		TestDatabase.deleteRecursively(dbDir);
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dbDir)) {
			String[] serve = { "serve", "--port", String.valueOf(freePort()), "--db-url", database.jdbcUrl(),
					"--db-user", database.user(), "--db-password", database.password() };
			String password;
			try (RunningPlanWatch app = PlanWatchLauncher.start(serve)) {
				InitialAdministrator initial = app.context().getBean(InitialAdministrator.class);
				password = initial.generatedPassword().orElseThrow();
				PlanWatchUser admin = app.context().getBean(UserAccounts.class).loadUserByUsername("admin");
				assertThat(admin.role()).isEqualTo(Role.ADMIN);
				assertThat(app.context().getBean(PasswordEncoder.class).matches(password, admin.getPassword())).isTrue();
				assertThat(app.context().getBean(Regions.class).anyDemo()).as("serve loads no demo data").isFalse();
			}
			try (RunningPlanWatch app = PlanWatchLauncher.start(serve)) {
				assertThat(app.context().getBean(InitialAdministrator.class).generatedPassword()).isEmpty();
				assertThat(app.context().getBean(UserAccounts.class).all()).hasSize(1);
			}
		}
	}

	@Test
	void anUnknownCommandIsReportedClearly() {
		assertThatThrownBy(() -> PlanWatchLauncher.start("launch")).isInstanceOf(StartupException.class)
			.hasMessageContaining("未知的子命令：launch");
	}

	private RunningPlanWatch startDemo(int port) {
		return PlanWatchLauncher.start("demo", "--port", String.valueOf(port), "--data-dir", dataDir.toString(),
				"--demo-password", "startup-test");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String get(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
