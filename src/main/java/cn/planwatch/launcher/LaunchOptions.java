package cn.planwatch.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line of {@code planwatch.jar}: a sub-command and its options. */
record LaunchOptions(String command, int port, Path dataDir, Optional<String> demoPassword,
		Optional<String> adminPassword, Optional<String> dbUrl,
		Optional<String> dbUser, Optional<String> dbPassword, List<String> springArgs) {

	static final int DEFAULT_PORT = 8080;

	static final Path DEFAULT_DATA_DIR = Path.of("planwatch-data");

	static LaunchOptions parse(String... args) {
		if (args.length == 0) {
			throw new StartupException("缺少子命令。用法：java -jar planwatch.jar demo|serve [选项]，详见 java -jar planwatch.jar help");
		}
		String command = args[0];
		int port = DEFAULT_PORT;
		Path dataDir = DEFAULT_DATA_DIR;
		String demoPassword = null;
		String adminPassword = null;
		String dbUrl = null;
		String dbUser = null;
		String dbPassword = null;
		List<String> springArgs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--port" -> port = parsePort(valueAfter(args, i++));
				case "--data-dir" -> dataDir = Path.of(valueAfter(args, i++));
				case "--demo-password" -> demoPassword = valueAfter(args, i++);
				case "--admin-password" -> adminPassword = valueAfter(args, i++);
				case "--db-url" -> dbUrl = valueAfter(args, i++);
				case "--db-user" -> dbUser = valueAfter(args, i++);
				case "--db-password" -> dbPassword = valueAfter(args, i++);
				default -> {
					if (arg.startsWith("--spring.") || arg.startsWith("--server.") || arg.startsWith("--logging.")
							|| arg.startsWith("--planwatch.")) {
						springArgs.add(arg);
					}
					else {
						throw new StartupException("无法识别的选项：" + arg + "。可用选项见 java -jar planwatch.jar help");
					}
				}
			}
		}
		if (demoPassword != null && demoPassword.length() < 6) {
			throw new StartupException("--demo-password 至少需要 6 个字符。");
		}
		if (adminPassword != null && adminPassword.length() < 6) {
			throw new StartupException("--admin-password 至少需要 6 个字符。");
		}
		return new LaunchOptions(command, port, dataDir, Optional.ofNullable(demoPassword),
				Optional.ofNullable(adminPassword), Optional.ofNullable(dbUrl),
				Optional.ofNullable(dbUser), Optional.ofNullable(dbPassword), List.copyOf(springArgs));
	}

	private static String valueAfter(String[] args, int i) {
		if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
			throw new StartupException("选项 " + args[i] + " 缺少取值。");
		}
		return args[i + 1];
	}

	private static int parsePort(String text) {
		try {
			int port = Integer.parseInt(text);
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new StartupException("端口号无效：" + text + "（应为 1–65535 之间的整数）。");
		}
	}

	static String usage() {
		return """
				PlanWatch 妇女儿童发展规划监测评估平台

				用法：
				  java -jar planwatch.jar demo  [--port 8080] [--data-dir planwatch-data] [--demo-password 密码]
				      使用内置 PostgreSQL（数据保存在 --data-dir 目录），首次启动时载入演示数据。
				  java -jar planwatch.jar serve [--port 8080] [--db-url jdbc:postgresql://主机:5432/库名] [--db-user 用户] [--db-password 密码]
				                                [--admin-password 密码]
				      生产模式：连接外部 PostgreSQL。也可用环境变量 PLANWATCH_DB_URL、PLANWATCH_DB_USER、PLANWATCH_DB_PASSWORD。
				      数据库中还没有任何账号时，创建系统管理员 admin（密码取 --admin-password，否则随机生成并显示一次）。
				  java -jar planwatch.jar extract 文件 [--format jsonl|json] [--score 真值.goals.jsonl]
				      读取规划通知（txt、docx、pdf），输出主要目标和目标值；--score 与人工标注的真值比较并给出 F1。不启动服务器。
				  java -jar planwatch.jar help
				""";
	}

}
