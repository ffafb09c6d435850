package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.plan.Direction;
import cn.planwatch.plan.PlanKind;

/** The shipped catalogue and demo plans agree with each other. */
class DemoPlanTemplateTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyLinkedIndicatorExistsInTheCatalogueForTheSamePlan() throws IOException {
		Map<String, JsonNode> catalogue = new HashMap<>();
		for (JsonNode indicator : read("catalogue/national-indicators.json")) {
			assertThat(catalogue.put(indicator.get("code").asText(), indicator)).as("duplicate code").isNull();
		}
		for (PlanKind kind : PlanKind.values()) {
			JsonNode plan = read("demo/plan-" + kind.slug() + ".json");
			Set<Integer> ordinals = new HashSet<>();
			for (JsonNode area : plan.get("areas")) {
				ordinals.add(area.get("ordinal").asInt());
				assertThat(area.get("name").asText()).isEqualTo(kind.areaNames().get(area.get("ordinal").asInt() - 1));
				for (JsonNode goal : area.get("goals")) {
					for (JsonNode target : goal.get("targets")) {
						Direction.fromCode(target.get("direction").asText());
						if (!target.get("indicator").isNull()) {
							JsonNode indicator = catalogue.get(target.get("indicator").asText());
							assertThat(indicator).as(target.toString()).isNotNull();
							assertThat(indicator.get("plan").asText()).isEqualTo(kind.slug());
						}
					}
				}
			}
			assertThat(ordinals).hasSize(kind.areaNames().size());
		}
	}

	@Test
	void aSyntheticBaselineFallsShortOfALowerBoundOrExceedsAnUpperBoundWithinReason() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 200; i++) {
			BigDecimal atLeast = DemoPlanTemplate.syntheticBaseline(Direction.AT_LEAST, BigDecimal.valueOf(95), "%", random);
			assertThat(atLeast.doubleValue()).isBetween(95 * 0.8 - 0.1, 100.0);
			BigDecimal atMost = DemoPlanTemplate.syntheticBaseline(Direction.AT_MOST, BigDecimal.valueOf(12), "1/10万", random);
			assertThat(atMost.doubleValue()).isBetween(12 * 0.9 - 0.1, 12 * 1.35 + 0.1);
		}
		assertThat(DemoPlanTemplate.syntheticBaseline(Direction.DECREASE, BigDecimal.valueOf(20), "%", random)).isNull();
		assertThat(DemoPlanTemplate.syntheticBaseline(Direction.INCREASE, null, null, random)).isNull();
	}

	private static JsonNode read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JSON.readTree(in);
		}
	}

}
