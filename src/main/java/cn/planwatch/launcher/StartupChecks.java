package cn.planwatch.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Checks made before Spring starts, so that common mistakes get a clear message instead of a stack trace. */
final class StartupChecks {

	private StartupChecks() {
	}

	static void portIsFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
		}
		catch (IOException ex) {
			throw portInUse(port, ex);
		}
	}

	static StartupException portInUse(int port, Throwable cause) {
		return new StartupException("端口 " + port + " 已被占用（可能已有另一个 PlanWatch 或其他程序在运行）。请停止占用该端口的程序，或用 --port 指定其他端口。",
				cause);
	}

	static void databaseIsReachable(String url, String user, String password) {
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new StartupException("数据库地址无效：" + url + "。应为 jdbc:postgresql://主机:端口/库名 的形式。");
		}
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("loginTimeout", "10");
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new StartupException("无法连接数据库 " + url + "（" + EmbeddedDatabase.rootMessage(ex)
					+ "）。请确认数据库服务已启动，并检查 --db-url、--db-user、--db-password 或环境变量 PLANWATCH_DB_URL、PLANWATCH_DB_USER、PLANWATCH_DB_PASSWORD。",
					ex);
		}
	}

}
