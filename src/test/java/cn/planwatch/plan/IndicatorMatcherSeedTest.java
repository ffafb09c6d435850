package cn.planwatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shipped national catalogue against the numeric targets of the real seed plans: most of them
 * must find their indicator. Skipped when ../shared/seeds is absent.
 */
class IndicatorMatcherSeedTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	static final Path SEEDS = Path.of("..", "shared", "seeds");

	@Test
	void mostNumericSeedTargetsFindACatalogueIndicator() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed test skipped");
		IndicatorMatcher matcher = new IndicatorMatcher(catalogue());
		int numeric = 0;
		int suggested = 0;
		List<String> missed = new ArrayList<>();
		try (var files = Files.list(SEEDS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".goals.jsonl")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					JsonNode goal = JSON.readTree(line);
					PlanKind kind = PlanKind.fromSlug(goal.get("plan").asText());
					for (JsonNode target : goal.get("targets")) {
						if (target.get("value").isNull()) {
							continue;
						}
						numeric++;
						String name = target.get("indicator").asText();
						String unit = target.get("unit").isNull() ? null : target.get("unit").asText();
						if (!matcher.suggest(name, unit, kind, 1).isEmpty()) {
							suggested++;
						}
						else {
							missed.add(name);
						}
					}
				}
			}
		}
		double share = (double) suggested / numeric;
		System.out.printf("Catalogue suggestions for %d of %d numeric seed targets (%.0f%%); none for: %s%n", suggested,
				numeric, 100 * share, missed);
		assertThat(share).isGreaterThanOrEqualTo(0.85);
	}

	static List<Indicator> catalogue() throws IOException {
		List<Indicator> indicators = new ArrayList<>();
		try (InputStream in = new ClassPathResource("catalogue/national-indicators.json").getInputStream()) {
			for (JsonNode node : JSON.readTree(in)) {
				indicators.add(new Indicator(node.get("code").asText(), node.get("name").asText(),
						PlanKind.fromSlug(node.get("plan").asText()), node.get("area").asInt(),
						node.get("unit").isNull() ? null : node.get("unit").asText(), Polarity.valueOf(node.get("polarity").asText()),
						null, null, null, (BigDecimal) null, EnumSet.noneOf(Disaggregation.class), null, true));
			}
		}
		return indicators;
	}

}
