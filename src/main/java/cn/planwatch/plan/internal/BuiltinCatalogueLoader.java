package cn.planwatch.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.plan.Disaggregation;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Polarity;

/**
 * Brings the catalogue shipped in {@code catalogue/national-indicators.json} (the indicators of
 * the national 2021–2030 outlines) into the database at start-up. Built-in entries are refreshed
 * when the shipped file changes; entries an office added are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BuiltinCatalogueLoader implements ApplicationRunner {

	static final String RESOURCE = "catalogue/national-indicators.json";

	private static final Logger log = LoggerFactory.getLogger(BuiltinCatalogueLoader.class);

	private final IndicatorRepository repository;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	BuiltinCatalogueLoader(IndicatorRepository repository, ObjectMapper json, TransactionTemplate transaction) {
		this.repository = repository;
		this.json = json;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Indicator> indicators = read();
		transaction.executeWithoutResult(status -> indicators.forEach(repository::upsertBuiltin));
		log.info("Indicator catalogue: {} built-in indicators", indicators.size());
	}

	List<Indicator> read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			List<Indicator> indicators = new ArrayList<>();
			for (JsonNode node : json.readTree(in)) {
				indicators.add(indicator(node));
			}
			return indicators;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + RESOURCE, ex);
		}
	}

	private static Indicator indicator(JsonNode node) {
		EnumSet<Disaggregation> disaggregations = EnumSet.noneOf(Disaggregation.class);
		node.path("disaggregations").forEach(d -> disaggregations.add(Disaggregation.valueOf(d.asText())));
		return new Indicator(node.get("code").asText(), node.get("name").asText(),
				PlanKind.fromSlug(node.get("plan").asText()), node.get("area").asInt(), text(node, "unit"),
				Polarity.valueOf(node.get("polarity").asText()), text(node, "definition"), text(node, "numerator"),
				text(node, "denominator"), node.hasNonNull("multiplier") ? node.get("multiplier").decimalValue() : null,
				disaggregations, text(node, "sourceDepartment"), true);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

}
