package cn.planwatch.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.plan.Area;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;

/**
 * The demo plan of one kind ({@code demo/plan-women.json}, {@code demo/plan-children.json}):
 * areas, goals and targets composed for the demo from the facts of real plans, applied to a
 * fictional region with synthetic 2020 baselines that differ from region to region.
 */
final class DemoPlanTemplate {

	static final int BASELINE_YEAR = 2020;

	private final PlanKind kind;

	private final JsonNode root;

	private DemoPlanTemplate(PlanKind kind, JsonNode root) {
		this.kind = kind;
		this.root = root;
	}

	static DemoPlanTemplate load(PlanKind kind, ObjectMapper json) {
		String resource = "demo/plan-" + kind.slug() + ".json";
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new DemoPlanTemplate(kind, json.readTree(in));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	/** The plan for {@code region}, its departments given as kind code → department id. */
	NewPlan forRegion(DemoRegion region, Map<String, Long> departmentsByKind) {
		SplittableRandom random = new SplittableRandom(region.code().hashCode() * 31L + kind.ordinal());
		List<Area> areas = new ArrayList<>();
		for (JsonNode area : root.get("areas")) {
			List<Goal> goals = new ArrayList<>();
			for (JsonNode goal : area.get("goals")) {
				List<Target> targets = new ArrayList<>();
				for (JsonNode target : goal.get("targets")) {
					targets.add(target(target, departmentsByKind, random));
				}
				goals.add(new Goal(null, goal.get("number").asInt(), goal.get("text").asText(), targets));
			}
			areas.add(new Area(null, area.get("ordinal").asInt(), area.get("name").asText(), goals));
		}
		String title = region.name() + kind.label() + "（2021—2030年）";
		return new NewPlan(region.code(), kind, title, 2021, 2030, "演示数据（系统生成，非真实文件）", true, areas);
	}

	private static Target target(JsonNode node, Map<String, Long> departmentsByKind, SplittableRandom random) {
		Direction direction = Direction.fromCode(node.get("direction").asText());
		BigDecimal value = decimal(node.get("value"));
		String unit = text(node.get("unit"));
		List<Responsibility> responsibilities = new ArrayList<>();
		Long lead = departmentsByKind.get(node.get("lead").asText());
		if (lead != null) {
			responsibilities.add(new Responsibility(lead, null, Responsibility.Role.LEAD));
		}
		for (JsonNode assisting : node.path("assisting")) {
			Long id = departmentsByKind.get(assisting.asText());
			if (id != null && !id.equals(lead)) {
				responsibilities.add(new Responsibility(id, null, Responsibility.Role.ASSIST));
			}
		}
		BigDecimal baseline = syntheticBaseline(direction, value, unit, random);
		return new Target(null, text(node.get("indicator")), node.get("name").asText(), direction, value, unit, null,
				text(node.get("qualifier")), null, baseline, baseline == null ? null : BASELINE_YEAR,
				decimal(node.get("midTermValue")), responsibilities);
	}

	/**
	 * A plausible 2020 value for a numeric target: somewhat short of a lower bound, somewhat above
	 * an upper bound, so the demo shows both met and unmet targets. Relative cuts get none.
	 */
	static BigDecimal syntheticBaseline(Direction direction, BigDecimal value, String unit, SplittableRandom random) {
		if (value == null || unit == null || unit.equals("个百分点")
				|| direction == Direction.INCREASE || direction == Direction.DECREASE) {
			return null;
		}
		double target = value.doubleValue();
		double baseline = switch (direction) {
			case AT_LEAST, ABOVE, EQUAL -> target * (0.80 + 0.22 * random.nextDouble());
			case AT_MOST, BELOW -> target * (0.90 + 0.45 * random.nextDouble());
			default -> Double.NaN;
		};
		if (Double.isNaN(baseline)) {
			return null;
		}
		if (unit.equals("%")) {
			baseline = Math.min(baseline, 100.0);
		}
		boolean count = unit.equals("名") || unit.equals("个") || unit.equals("所") || unit.equals("人");
		return BigDecimal.valueOf(baseline).setScale(count ? 0 : 1, count ? RoundingMode.FLOOR : RoundingMode.HALF_UP);
	}

	private static BigDecimal decimal(JsonNode node) {
		return node == null || node.isNull() ? null : node.decimalValue();
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asText();
	}

}
