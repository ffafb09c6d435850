package cn.planwatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.planwatch.launcher.EmbeddedDatabase;

/**
 * The PostgreSQL the tests use, one per test JVM: the embedded PostgreSQL 17 by default, or the
 * server named by {@code PLANWATCH_TEST_JDBC_URL} (with {@code PLANWATCH_TEST_JDBC_USER} and
 * {@code PLANWATCH_TEST_JDBC_PASSWORD}); {@code .ci/run} points it at the machine's PostgreSQL 15.
 */
public final class TestDatabase {

	private static TestDatabase instance;

	private final String url;

	private final String user;

	private final String password;

	private TestDatabase(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static TestDatabase start() {
		String external = System.getenv("PLANWATCH_TEST_JDBC_URL");
		if (external != null && !external.isBlank()) {
			return new TestDatabase(external, System.getenv("PLANWATCH_TEST_JDBC_USER"),
					System.getenv("PLANWATCH_TEST_JDBC_PASSWORD"));
		}
		// one directory per test JVM, so test runs side by side in one tree do not share a server
		Path dir = workDir().resolve("embedded-db-" + ProcessHandle.current().pid());
		deleteRecursively(dir);
		EmbeddedDatabase database = EmbeddedDatabase.start(dir);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			database.close();
			deleteRecursively(dir);
		}));
		return new TestDatabase(database.jdbcUrl(), database.user(), database.password());
	}

	public boolean isExternal() {
		String external = System.getenv("PLANWATCH_TEST_JDBC_URL");
		return external != null && !external.isBlank();
	}

	public String url() {
		return url;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	/** A directory under target/ for files a test writes. */
	public static Path workDir() {
		Path dir = Path.of(System.getProperty("planwatch.test.work-dir", "target/test-work"));
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dir;
	}

	public static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
