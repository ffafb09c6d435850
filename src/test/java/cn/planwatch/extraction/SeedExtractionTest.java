package cn.planwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The extractor on the real seed notices in {@code ../shared/seeds}, scored against their
 * hand-made ground truth: goals F1 = 1.00, numeric targets F1 ≥ 0.97 and directional targets
 * F1 ≥ 0.85, for each seed and overall. Skipped when the seeds are absent.
 */
class SeedExtractionTest {

	static final Path SEEDS = Path.of("..", "shared", "seeds");

	private record Seed(String name, List<GoalRow> truth, List<GoalRow> predicted) {
	}

	private static List<Seed> seeds() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS),
				"../shared/seeds is absent: the seed extraction test is skipped");
		List<Seed> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path truthFile : files.filter(f -> f.getFileName().toString().endsWith(".goals.jsonl")).sorted().toList()) {
				String name = truthFile.getFileName().toString().replace(".goals.jsonl", "");
				Path notice = SEEDS.resolve(name + ".txt");
				if (!Files.exists(notice)) {
					continue;
				}
				List<GoalRow> truth = ExtractionJson.readGoalsJsonl(Files.readString(truthFile, StandardCharsets.UTF_8));
				ExtractionResult result = PlanDocumentExtractor.extract(DocumentReader.read(notice));
				seeds.add(new Seed(name, truth, GoalRow.of(result)));
			}
		}
		Assumptions.assumeFalse(seeds.isEmpty(), "../shared/seeds holds no notice with ground truth: skipped");
		return seeds;
	}

	@TestFactory
	Stream<DynamicTest> eachSeedMeetsTheAccuracyTargets() throws IOException {
		return seeds().stream().map(seed -> DynamicTest.dynamicTest(seed.name(), () -> {
			ExtractionScore score = ExtractionScore.compare(seed.truth(), seed.predicted());
			System.out.println(seed.name() + System.lineSeparator() + score.table() + "（不按约定对齐“全覆盖”时）"
					+ System.lineSeparator() + ExtractionScore.compare(seed.truth(), seed.predicted(), false).table());
			assertMeetsTargets(seed.name(), score);
		}));
	}

	@Test
	void allSeedsTogetherMeetTheAccuracyTargets() throws IOException {
		List<GoalRow> truth = new ArrayList<>();
		List<GoalRow> predicted = new ArrayList<>();
		for (Seed seed : seeds()) {
			truth.addAll(seed.truth());
			predicted.addAll(seed.predicted());
		}
		ExtractionScore score = ExtractionScore.compare(truth, predicted);
		System.out.println("overall" + System.lineSeparator() + score.table());
		assertMeetsTargets("overall", score);
	}

	@Test
	void everyTargetSpanIsTakenFromItsGoalText() throws IOException {
		for (Seed seed : seeds()) {
			for (GoalRow row : seed.predicted()) {
				assertThat(row.targets()).as("%s %s%d", seed.name(), row.areaNo(), row.goalNo())
					.isNotEmpty()
					.allSatisfy(t -> assertThat(row.text()).contains(t.span()));
			}
		}
	}

	private static void assertMeetsTargets(String name, ExtractionScore score) {
		assertThat(score.goals().f1()).as("%s goals F1", name).isEqualTo(1.0);
		assertThat(score.numeric().f1()).as("%s numeric targets F1", name).isGreaterThanOrEqualTo(0.97);
		assertThat(score.directional().f1()).as("%s directional targets F1", name).isGreaterThanOrEqualTo(0.85);
	}

}
