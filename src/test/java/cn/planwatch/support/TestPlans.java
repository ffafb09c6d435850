package cn.planwatch.support;

import java.math.BigDecimal;
import java.util.List;

import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * A small published women's plan for a test county: maternal mortality (a rate of counts) and
 * cervical screening (a rate) led by health, with medical insurance assisting; the number of women
 * cadres (a count) led by education.
 */
public final class TestPlans {

	private TestPlans() {
	}

	public static long publishWomensPlan(Plans plans, TestCounty county) {
		long health = county.departments().get("health");
		Target maternal = target("W-1-01", "孕产妇死亡率", Direction.AT_MOST, "12", "1/10万", health,
				county.departments().get("medical-insurance"));
		Target screening = target("W-1-04", "宫颈癌筛查率", Direction.AT_LEAST, "70", "%", health, null);
		Target cadres = target("W-4-07", "党政领导班子女干部配备人数", Direction.AT_LEAST, "1", "名",
				county.departments().get("education"), null);
		long plan = plans.create(new NewPlan(county.code(), PlanKind.WOMEN, county.name() + "妇女发展规划", 2021, 2030, null,
				false,
				List.of(new Area(null, 1, "妇女与健康", List.of(new Goal(null, 1, "健康目标。", List.of(maternal, screening)))),
						new Area(null, 4, "妇女参与决策和管理", List.of(new Goal(null, 1, "决策目标。", List.of(cadres)))))));
		plans.publish(plan);
		return plan;
	}

	/**
	 * Cervical screening of the county falling 600 → 520 per 1,000 over 2020–2024: a significant move
	 * away from ≥ 70 %, so its target warns (逆向变化).
	 */
	public static void loadFallingScreening(HistoryLoads history, TestCounty county) {
		history.load(List.of(60, 58, 56, 54, 52)
			.stream()
			.map(v -> new HistoryValue(county.code(), "W-1-04", 2020 + (60 - v) / 2, "TOTAL", null,
					BigDecimal.valueOf(v * 10L), BigDecimal.valueOf(1000), "妇幼年报"))
			.toList(), "stats");
	}

	private static Target target(String code, String name, Direction direction, String value, String unit, long lead,
			Long assisting) {
		List<Responsibility> responsibilities = assisting == null
				? List.of(new Responsibility(lead, null, Responsibility.Role.LEAD))
				: List.of(new Responsibility(lead, null, Responsibility.Role.LEAD),
						new Responsibility(assisting, null, Responsibility.Role.ASSIST));
		return new Target(null, code, name, direction, new BigDecimal(value), unit, null, null, null, null, null, null,
				responsibilities);
	}

}
