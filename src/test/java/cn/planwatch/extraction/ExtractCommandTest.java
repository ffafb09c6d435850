package cn.planwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code extract} command line, run on temporary files. */
class ExtractCommandTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Path notice;

	@BeforeEach
	void writeNotice() throws IOException {
		notice = dir.resolve("规划通知.txt");
		Files.writeString(notice, PlanDocumentExtractorTest.TWO_PLAN_NOTICE, StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsOneJsonObjectPerGoalInTheSeedSchema() throws IOException {
		int code = run("extract", notice.toString(), "--format", "jsonl");

		assertThat(code).isZero();
		List<String> lines = out().lines().toList();
		assertThat(lines).hasSize(7);
		JsonNode first = JSON.readTree(lines.get(0));
		assertThat(first.fieldNames()).toIterable()
			.containsExactly("plan", "plan_title", "region", "period", "area_no", "area", "goal_no", "text", "targets");
		assertThat(first.get("targets").get(0).fieldNames()).toIterable()
			.containsExactly("indicator", "direction", "value", "unit", "year", "qualifier", "span");
		assertThat(lines.get(0)).startsWith("{\"plan\": \"women\", \"plan_title\": \"青川县妇女发展规划（2021—2030年）\"")
			.contains("\"value\": 11, \"unit\": \"1/10万\"");
		assertThat(out()).contains("\"value\": 2.8, ").doesNotContain("\\u");
	}

	@Test
	void writesJsonlByDefault() {
		assertThat(run("extract", notice.toString())).isZero();

		assertThat(out().lines()).hasSize(7).allMatch(line -> line.startsWith("{\"plan\": "));
	}

	@Test
	void printsTheWholeResultAsJson() throws IOException {
		assertThat(run("extract", notice.toString(), "--format", "json")).isZero();

		JsonNode result = JSON.readTree(out());
		JsonNode women = result.get("plans").get(0);
		assertThat(women.get("areas").get(0).get("strategy_targets")).hasSize(2);
		assertThat(women.get("monitoring").get("monitoring_lead").asText()).isEqualTo("县统计局");
		assertThat(result.get("warnings").isArray()).isTrue();
	}

	@Test
	void scoresAgainstTruthAndPrintsATable() throws IOException {
		run("extract", notice.toString(), "--format", "jsonl");
		Path truth = dir.resolve("truth.goals.jsonl");
		List<String> rows = out().lines().toList();
		// the truth lacks the last goal: 7 predicted, 6 expected, 6 matched
		Files.write(truth, rows.subList(0, rows.size() - 1), StandardCharsets.UTF_8);
		out.reset();

		int code = run("extract", notice.toString(), "--score", truth.toString());

		assertThat(code).isZero();
		assertThat(out()).contains("精确率").contains("召回率").contains("F1").contains("主要目标");
		assertThat(out()).containsPattern("主要目标\\s+7\\s+6\\s+6\\s+0\\.857\\s+1\\.000\\s+0\\.923");
	}

	@Test
	void scoresStrictlyOnRequest() throws IOException {
		run("extract", notice.toString());
		Path truth = dir.resolve("truth.goals.jsonl");
		Files.writeString(truth, out(), StandardCharsets.UTF_8);
		out.reset();

		assertThat(run("extract", notice.toString(), "--score", truth.toString(), "--strict")).isZero();
		assertThat(out()).containsPattern("数值目标\\s+(\\d+)\\s+\\1\\s+\\1\\s+1\\.000");
		assertThat(run("extract", notice.toString(), "--strict")).isEqualTo(2);
	}

	@Test
	void namesAMissingFileInChineseWithExitCodeTwo() {
		int code = run("extract", dir.resolve("没有这个文件.txt").toString());

		assertThat(code).isEqualTo(2);
		assertThat(err()).startsWith("错误：").contains("没有这个文件.txt").doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(out()).isEmpty();
	}

	@Test
	void namesAFileWithoutPlanInChineseWithExitCodeTwo() throws IOException {
		Path other = dir.resolve("会议通知.txt");
		Files.writeString(other, "关于召开会议的通知\n请准时参加。", StandardCharsets.UTF_8);

		assertThat(run("extract", other.toString())).isEqualTo(2);
		assertThat(err()).contains("会议通知.txt").contains("主要目标");
	}

	@Test
	void namesABrokenTruthFile() throws IOException {
		Path truth = dir.resolve("坏的真值.jsonl");
		Files.writeString(truth, "{\"plan\": \"women\"\n", StandardCharsets.UTF_8);

		assertThat(run("extract", notice.toString(), "--score", truth.toString())).isEqualTo(2);
		assertThat(err()).contains("坏的真值.jsonl").contains("第 1 行");
	}

	@Test
	void rejectsBadOptionsWithUsage() {
		assertThat(run("extract", notice.toString(), "--format", "xml")).isEqualTo(2);
		assertThat(err()).contains("--format").contains("用法");
		err.reset();
		assertThat(run("extract")).isEqualTo(2);
		assertThat(err()).contains("请指定要读取的规划文件");
	}

	@Test
	void printsUsageOnHelp() {
		assertThat(run("extract", "--help")).isZero();
		assertThat(out()).contains("--score");
	}

}
