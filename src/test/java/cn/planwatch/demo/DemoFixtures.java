package cn.planwatch.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.plan.Disaggregation;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Polarity;
import cn.planwatch.plan.Target;

/** The shipped catalogue and demo plans, read without Spring or a database, for the generator's unit tests. */
final class DemoFixtures {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static Map<String, Indicator> catalogue;

	private DemoFixtures() {
	}

	static synchronized Map<String, Indicator> catalogue() {
		if (catalogue == null) {
			Map<String, Indicator> indicators = new LinkedHashMap<>();
			for (JsonNode node : read("catalogue/national-indicators.json")) {
				Set<Disaggregation> disaggregations = EnumSet.noneOf(Disaggregation.class);
				node.path("disaggregations").forEach(d -> disaggregations.add(Disaggregation.valueOf(d.asText())));
				Indicator indicator = new Indicator(node.get("code").asText(), node.get("name").asText(),
						PlanKind.fromSlug(node.get("plan").asText()), node.get("area").asInt(), text(node, "unit"),
						Polarity.valueOf(node.get("polarity").asText()), text(node, "definition"), text(node, "numerator"),
						text(node, "denominator"), node.hasNonNull("multiplier") ? node.get("multiplier").decimalValue() : null,
						disaggregations, text(node, "sourceDepartment"), true);
				indicators.put(indicator.code(), indicator);
			}
			catalogue = indicators;
		}
		return catalogue;
	}

	/** The targets of the region's women's and children's demo plans, as the loader creates them. */
	static List<Target> targets(DemoRegion region) {
		Map<String, Long> departments = new LinkedHashMap<>();
		long id = 1;
		for (String kind : DemoDepartments.of(region).keySet()) {
			departments.put(kind, id++);
		}
		List<Target> targets = new ArrayList<>();
		for (PlanKind kind : PlanKind.values()) {
			DemoPlanTemplate.load(kind, JSON)
				.forRegion(region, departments)
				.areas()
				.forEach(area -> area.goals().forEach(goal -> targets.addAll(goal.targets())));
		}
		return targets;
	}

	static List<DemoHistory.IndicatorHistory> histories(DemoRegion region) {
		return DemoHistory.of(region, targets(region), catalogue());
	}

	/** The city and both counties. */
	static List<DemoRegion> planRegions() {
		List<DemoRegion> regions = new ArrayList<>();
		regions.add(DemoRegion.CITY);
		regions.addAll(DemoRegion.CITY.children());
		return regions;
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asText() : null;
	}

	private static JsonNode read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
