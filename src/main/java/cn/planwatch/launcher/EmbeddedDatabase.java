package cn.planwatch.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server that PlanWatch starts itself, on a persistent data directory.
 * <p>
 * The library's defaults suit throw-away test databases (fsync off, asynchronous commit,
 * trust authentication). Here they are overridden: fsync, synchronous_commit and
 * full_page_writes are on, and connections need the password kept in
 * {@code <data-dir>/db-password} (created on first start, readable only by its owner). The
 * server's own log goes to {@code <data-dir>/postgresql.log}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE = "postgres";

	static final String SUPERUSER = "postgres";

	private static final Pattern TRUST = Pattern.compile("\\btrust\\b");

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
		this.postgres = postgres;
		this.password = password;
	}

	/** Starts (and on first use initialises) the server whose files live under {@code dataDir}. */
	public static EmbeddedDatabase start(Path dataDir) {
		try {
			Path pgData = dataDir.resolve("pgdata");
			Path runtime = dataDir.resolve("pg-runtime");
			Files.createDirectories(runtime);
			String password = passwordIn(dataDir);
			Path passwordFile = dataDir.resolve("db-password");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(runtime.toFile())
				.setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setConnectConfig("password", password)
				.setDataDirectoryCustomizer(EmbeddedDatabase::requirePasswords)
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgresql.log").toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgresql.log").toFile()))
				.start();
			return new EmbeddedDatabase(postgres, password);
		}
		catch (IOException | RuntimeException ex) {
			throw new StartupException("内置数据库无法启动（数据目录 " + dataDir.toAbsolutePath() + "）：" + rootMessage(ex)
					+ "。请检查磁盘空间与目录权限；若上次异常退出，可能仍有残留的 postgres 进程占用该目录。", ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	public String user() {
		return SUPERUSER;
	}

	public String password() {
		return password;
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	private static String passwordIn(Path dataDir) throws IOException {
		Path file = dataDir.resolve("db-password");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the file keeps the directory's permissions
		}
		return password;
	}

	private static void requirePasswords(java.io.File pgData) {
		Path hba = pgData.toPath().resolve("pg_hba.conf");
		try {
			String content = Files.readString(hba, StandardCharsets.UTF_8);
			String hardened = TRUST.matcher(content).replaceAll("scram-sha-256");
			if (!hardened.equals(content)) {
				Files.writeString(hba, hardened, StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new StartupException("无法写入 " + hba + "：" + ex.getMessage(), ex);
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

}
