package cn.planwatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a benchmark prints about the machine it ran on, since other builds may share it. */
final class BenchmarkMachine {

	private BenchmarkMachine() {
	}

	/** Processors, the JVM's maximum heap and the load average. */
	static String describe() {
		return String.format("%d processors, max heap %,d MB, load average %s", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), load());
	}

	/** The load average over 1, 5 and 15 minutes, from /proc/loadavg. */
	static String load() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
