package cn.planwatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanComparisonTest {

	private static Target target(String name, Direction direction, String value, String unit) {
		return new Target(null, null, name, direction, value == null ? null : new BigDecimal(value), unit, null, null,
				null, null, null, null, List.of());
	}

	private static PlanDetail plan(Area... areas) {
		PlanSummary summary = new PlanSummary(1, "990121", PlanKind.WOMEN, "规划", 2021, 2030, PlanStatus.PUBLISHED, null,
				false, 0, 0, null, null);
		return new PlanDetail(summary, List.of(areas));
	}

	@Test
	void findsAChangedValueAnAddedGoalAndARemovedTarget() {
		PlanDetail older = plan(new Area(null, 1, "妇女与健康", List.of(
				new Goal(null, 1, "孕产妇死亡率控制在15/10万以下。", List.of(target("孕产妇死亡率", Direction.AT_MOST, "15", "1/10万"))),
				new Goal(null, 2, "宫颈癌筛查率达到70%，提高乳腺癌筛查率。", List.of(target("宫颈癌筛查率", Direction.AT_LEAST, "70", "%"),
						target("乳腺癌筛查率", Direction.INCREASE, null, null))))));
		PlanDetail newer = plan(new Area(null, 1, "妇女与健康", List.of(
				new Goal(null, 1, "孕产妇死亡率控制在12/10万以下。", List.of(target("孕产妇死亡率", Direction.AT_MOST, "12.0", "1/10万"))),
				new Goal(null, 2, "宫颈癌筛查率达到70%，提高乳腺癌筛查率。", List.of(target("宫颈癌筛查率", Direction.AT_LEAST, "70.0", "%"))),
				new Goal(null, 3, "艾滋病母婴传播率降至2%以下。", List.of(target("艾滋病母婴传播率", Direction.AT_MOST, "2", "%"))))));

		List<PlanChange> changes = PlanComparison.between(older, newer);

		assertThat(changes).extracting(PlanChange::kind)
			.containsExactlyInAnyOrder(PlanChange.Kind.GOAL_CHANGED, PlanChange.Kind.TARGET_CHANGED,
					PlanChange.Kind.TARGET_REMOVED, PlanChange.Kind.GOAL_ADDED);
		assertThat(changes).filteredOn(c -> c.kind() == PlanChange.Kind.TARGET_CHANGED)
			.singleElement()
			.satisfies(c -> assertThat(c.description()).contains("≤15").contains("≤12"));
		assertThat(changes).filteredOn(c -> c.kind() == PlanChange.Kind.TARGET_REMOVED)
			.singleElement()
			.satisfies(c -> assertThat(c.where()).isEqualTo("（一）妇女与健康 第 2 条"));
	}

	@Test
	void identicalPlansHaveNoChanges() {
		Area area = new Area(null, 1, "妇女与健康",
				List.of(new Goal(null, 1, "文本", List.of(target("孕产妇死亡率", Direction.AT_MOST, "12", "1/10万")))));

		assertThat(PlanComparison.between(plan(area), plan(area))).isEmpty();
	}

}
