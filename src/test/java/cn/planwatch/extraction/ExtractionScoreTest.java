package cn.planwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The scorer's matching rules, on hand-made rows. */
class ExtractionScoreTest {

	private static ExtractedTarget target(String direction, String value, String unit) {
		return new ExtractedTarget("指标", direction, value == null ? null : new BigDecimal(value), unit, null, null, "原文");
	}

	private static GoalRow row(String areaNo, int goal, String text, ExtractedTarget... targets) {
		return new GoalRow("women", "某县妇女发展规划（2021-2030年）", "某县", "2021-2030", areaNo, "妇女与健康", goal, text,
				List.of(targets));
	}

	@Test
	void matchesGoalsOnPlanAreaOrdinalNumberAndNormalisedText() {
		List<GoalRow> truth = List.of(row("（一）", 1, "孕产妇死亡率控制在10/10万以下。"), row("（一）", 2, "提高筛查率。"));
		List<GoalRow> predicted = List.of(row("(一)", 1, "孕产妇死亡率控制在 10／10万以下。"), row("（一）", 2, "提高检查率。"));

		ExtractionScore score = ExtractionScore.compare(truth, predicted);

		assertThat(score.goals()).isEqualTo(new ExtractionScore.Figures(1, 2, 2));
		assertThat(score.goals().f1()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void matchesNumericTargetsOnValueDirectionClassAndUnit() {
		List<GoalRow> truth = List.of(row("（一）", 1, "甲", target(">=", "90", "%"), target("<=", "3.0", "‰"),
				target("=", "40", "%"), target("decrease", "20", "%")));
		List<GoalRow> predicted = List.of(row("（一）", 1, "甲", target(">", "90", "％"), target("<", "3", "‰"),
				target(">=", "40", "%"), target("decrease", "20", "%")));

		ExtractionScore score = ExtractionScore.compare(truth, predicted);

		assertThat(score.numeric()).isEqualTo(new ExtractionScore.Figures(3, 4, 4));
	}

	@Test
	void matchesDirectionalTargetsOnGoalAndDirectionAsAMultiset() {
		List<GoalRow> truth = List.of(row("（一）", 1, "甲", target("increase", null, null), target("increase", null, null),
				target("decrease", null, null), target("qualitative", null, null)));
		List<GoalRow> predicted = List.of(row("（一）", 1, "甲", target("increase", null, null),
				target("eliminate", null, null)), row("（二）", 1, "乙", target("decrease", null, null)));

		ExtractionScore score = ExtractionScore.compare(truth, predicted);

		assertThat(score.directional()).isEqualTo(new ExtractionScore.Figures(1, 3, 3));
	}

	@Test
	void countsFullCoverageWithoutValueAsAHundredPercentAsTheReadmeReadsIt() {
		ExtractedTarget uncoded = new ExtractedTarget("覆盖率", "=", null, null, null, "全覆盖（原文无数值）", "实现全覆盖");
		List<GoalRow> truth = List.of(row("（一）", 1, "实现全覆盖。", uncoded));
		List<GoalRow> predicted = List.of(row("（一）", 1, "实现全覆盖。", target("=", "100", "%")));

		ExtractionScore score = ExtractionScore.compare(truth, predicted);

		assertThat(score.numeric()).isEqualTo(new ExtractionScore.Figures(1, 1, 1));
		assertThat(score.alignedCoverage()).isEqualTo(1);
		assertThat(score.table()).contains("全覆盖");
		assertThat(ExtractionScore.compare(truth, predicted, false).numeric()).isEqualTo(new ExtractionScore.Figures(0, 1, 0));
	}

	@Test
	void printsATableWithPrecisionRecallAndF1() {
		ExtractionScore score = ExtractionScore.compare(List.of(row("（一）", 1, "甲")), List.of(row("（一）", 1, "甲")));

		assertThat(score.table()).contains("主要目标").contains("数值目标").contains("方向目标").contains("1.000");
	}

}
