package cn.planwatch.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.planwatch.extraction.ExtractCommand;

/** Entry point of {@code planwatch.jar}: dispatches the sub-commands. */
public final class PlanWatchMain {

	private static final Logger log = LoggerFactory.getLogger(PlanWatchMain.class);

	private PlanWatchMain() {
	}

	public static void main(String[] args) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
			System.out.print(LaunchOptions.usage());
			return;
		}
		if (args[0].equals("extract")) {
			System.exit(ExtractCommand.run(args, System.out, System.err));
		}
		quietLibraryLogging();
		try {
			PlanWatchLauncher.start(args).printWelcome(System.out);
		}
		catch (StartupException ex) {
			log.debug("Start-up failed", ex);
			System.err.println("错误：" + ex.getMessage());
			System.exit(2);
		}
	}

	/**
	 * The embedded database library logs at INFO before Spring Boot configures logging; a user
	 * starting the demo needs only warnings from it (the server's own log goes to a file).
	 */
	private static void quietLibraryLogging() {
		if (LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger logger) {
			logger.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

}
