package cn.planwatch.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.planwatch.extraction.DocumentReader;
import cn.planwatch.extraction.ExtractionResult;
import cn.planwatch.extraction.PlanDocumentExtractor;

/**
 * Times {@link PlanDocumentExtractor#extract} on real notices once the JVM is warm. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.planwatch.benchmark.ExtractionBenchmark [-Dexec.args="FILE…"]}; without
 * arguments it uses the seed notices in ../shared/seeds. Figures go to BENCHMARKS.md.
 */
public final class ExtractionBenchmark {

	private static final int WARM_UP = 30;

	private static final int RUNS = 100;

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Path> files = new ArrayList<>();
		if (args.length > 0) {
			Arrays.stream(args).map(Path::of).forEach(files::add);
		}
		else {
			try (var list = Files.list(Path.of("..", "shared", "seeds"))) {
				list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
			}
		}
		System.out.printf("%-32s %8s %6s %8s %8s %8s%n", "file", "KB", "goals", "median", "p95", "max");
		for (Path file : files) {
			String text = DocumentReader.read(file);
			for (int i = 0; i < WARM_UP; i++) {
				PlanDocumentExtractor.extract(text);
			}
			long[] nanos = new long[RUNS];
			int goals = 0;
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				ExtractionResult result = PlanDocumentExtractor.extract(text);
				nanos[i] = System.nanoTime() - start;
				goals = result.plans().stream().flatMap(p -> p.areas().stream()).mapToInt(a -> a.goals().size()).sum();
			}
			Arrays.sort(nanos);
			System.out.printf(Locale.ROOT, "%-32s %8.0f %6d %6.1fms %6.1fms %6.1fms%n", file.getFileName(),
					Files.size(file) / 1024.0, goals, nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6,
					nanos[RUNS - 1] / 1e6);
		}
	}

}
