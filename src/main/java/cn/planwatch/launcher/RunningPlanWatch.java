package cn.planwatch.launcher;

import java.io.PrintStream;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import cn.planwatch.access.InitialAdministrator;
import cn.planwatch.demo.DemoData;

/** A started PlanWatch: the Spring context and, in demo mode, the embedded database and its locked directory. */
public final class RunningPlanWatch implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final EmbeddedDatabase database;

	private final DataDirectory dataDirectory;

	private boolean closed;

	RunningPlanWatch(ConfigurableApplicationContext context, EmbeddedDatabase database, DataDirectory dataDirectory) {
		this.context = context;
		this.database = database;
		this.dataDirectory = dataDirectory;
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public String url() {
		return "http://localhost:" + port() + "/";
	}

	void printWelcome(PrintStream out) {
		out.println();
		out.println("PlanWatch 已启动：" + url());
		if (database != null) {
			out.println("数据目录：" + dataDirectory.path() + "（内置 PostgreSQL，重启后数据保留）");
		}
		context.getBeanProvider(DemoData.class).ifAvailable(demo -> {
			out.println();
			out.println("演示账号（演示数据，均为虚构）——密码：" + demo.password());
			for (DemoData.Account account : demo.accounts()) {
				out.println("  " + pad(account.username(), 36) + pad(account.roleLabel(), 18) + account.scopeLabel());
			}
		});
		context.getBeanProvider(InitialAdministrator.class)
			.ifAvailable(initial -> initial.generatedPassword().ifPresent(password -> {
				out.println();
				out.println("首次启动：已创建系统管理员账号 " + InitialAdministrator.USERNAME + "，初始密码：" + password);
				out.println("此密码只显示这一次，请登录后在“我的账号”中立即修改。");
			}));
		out.println();
		out.println("按 Ctrl+C 停止。");
	}

	/** Pads to a width in terminal columns, counting a CJK character as two. */
	static String pad(String text, int columns) {
		int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
		return text + " ".repeat(Math.max(1, columns - width));
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			context.close();
		}
		finally {
			try {
				if (database != null) {
					database.close();
				}
			}
			finally {
				if (dataDirectory != null) {
					dataDirectory.close();
				}
			}
		}
	}

}
