package cn.planwatch.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

import cn.planwatch.PlanWatchApplication;

/** Starts PlanWatch for the {@code demo} and {@code serve} commands. */
public final class PlanWatchLauncher {

	private PlanWatchLauncher() {
	}

	/** Starts the application; throws {@link StartupException} with a Chinese message when it cannot. */
	public static RunningPlanWatch start(String... args) {
		LaunchOptions options = LaunchOptions.parse(args);
		return switch (options.command()) {
			case "demo" -> startDemo(options);
			case "serve" -> startServe(options);
			default -> throw new StartupException("未知的子命令：" + options.command() + "。可用：demo、serve、help。");
		};
	}

	private static RunningPlanWatch startDemo(LaunchOptions options) {
		StartupChecks.portIsFree(options.port());
		DataDirectory directory = DataDirectory.acquire(options.dataDir());
		EmbeddedDatabase database = null;
		try {
			database = EmbeddedDatabase.start(directory.path());
			Map<String, Object> properties = baseProperties(options);
			properties.put("spring.datasource.url", database.jdbcUrl());
			properties.put("spring.datasource.username", database.user());
			properties.put("spring.datasource.password", database.password());
			properties.put("planwatch.demo.enabled", "true");
			options.demoPassword().ifPresent(password -> properties.put("planwatch.demo.password", password));
			ConfigurableApplicationContext context = run(options, properties);
			return register(new RunningPlanWatch(context, database, directory));
		}
		catch (RuntimeException ex) {
			if (database != null) {
				database.close();
			}
			directory.close();
			throw ex;
		}
	}

	private static RunningPlanWatch startServe(LaunchOptions options) {
		String url = options.dbUrl().or(() -> env("PLANWATCH_DB_URL")).or(() -> env("SPRING_DATASOURCE_URL"))
			.orElseThrow(() -> new StartupException(
					"serve 模式需要外部 PostgreSQL：请用 --db-url jdbc:postgresql://主机:5432/库名 指定，或设置环境变量 PLANWATCH_DB_URL。演示请用 demo 子命令。"));
		String user = options.dbUser().or(() -> env("PLANWATCH_DB_USER")).or(() -> env("SPRING_DATASOURCE_USERNAME"))
			.orElse(null);
		String password = options.dbPassword().or(() -> env("PLANWATCH_DB_PASSWORD"))
			.or(() -> env("SPRING_DATASOURCE_PASSWORD")).orElse(null);
		StartupChecks.portIsFree(options.port());
		StartupChecks.databaseIsReachable(url, user, password);
		Map<String, Object> properties = baseProperties(options);
		properties.put("spring.datasource.url", url);
		if (user != null) {
			properties.put("spring.datasource.username", user);
		}
		if (password != null) {
			properties.put("spring.datasource.password", password);
		}
		options.adminPassword().ifPresent(admin -> properties.put("planwatch.admin.initial-password", admin));
		return register(new RunningPlanWatch(run(options, properties), null, null));
	}

	private static Map<String, Object> baseProperties(LaunchOptions options) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", options.port());
		properties.put("planwatch.mode", options.command());
		return properties;
	}

	private static ConfigurableApplicationContext run(LaunchOptions options, Map<String, Object> properties) {
		SpringApplication application = new SpringApplication(PlanWatchApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setDefaultProperties(properties);
		application.setRegisterShutdownHook(false);
		application.setAdditionalProfiles("cli");
		try {
			return application.run(options.springArgs().toArray(String[]::new));
		}
		catch (PortInUseException ex) {
			throw StartupChecks.portInUse(options.port(), ex);
		}
		catch (RuntimeException ex) {
			PortInUseException portInUse = findCause(ex, PortInUseException.class);
			if (portInUse != null) {
				throw StartupChecks.portInUse(options.port(), ex);
			}
			throw new StartupException("PlanWatch 启动失败：" + EmbeddedDatabase.rootMessage(ex)
					+ "。加上 --logging.level.cn.planwatch=debug 可查看详细日志。", ex);
		}
	}

	private static RunningPlanWatch register(RunningPlanWatch running) {
		Runtime.getRuntime().addShutdownHook(new Thread(running::close, "planwatch-shutdown"));
		return running;
	}

	private static Optional<String> env(String name) {
		return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
