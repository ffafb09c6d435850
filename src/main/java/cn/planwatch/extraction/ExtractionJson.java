package cn.planwatch.extraction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes extraction results as JSON and reads goal rows back. {@link #goalsJsonl} writes one
 * object per main goal with exactly the keys, key order and number style of the seed
 * {@code *.goals.jsonl} files (12 stays 12, 3.0 stays 3.0; Chinese is not escaped);
 * {@link #resultJson} writes the whole result, strategy targets and monitoring set-up included.
 */
public final class ExtractionJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private ExtractionJson() {
	}

	/** One JSON object per line and goal, each line ending with a newline. */
	public static String goalsJsonl(ExtractionResult result) {
		StringBuilder out = new StringBuilder();
		for (GoalRow row : GoalRow.of(result)) {
			out.append(write(new SeedStylePrinter(), g -> writeRow(g, row))).append('\n');
		}
		return out.toString();
	}

	/** The whole result as indented JSON. */
	public static String resultJson(ExtractionResult result) {
		return write(new DefaultPrettyPrinter(), g -> writeResult(g, result)) + "\n";
	}

	/**
	 * Reads goal rows written in the seed schema. Throws {@link IllegalArgumentException} with a
	 * Chinese message naming the line for anything that is not such a row.
	 */
	public static List<GoalRow> readGoalsJsonl(String content) {
		List<GoalRow> rows = new ArrayList<>();
		String[] lines = content.replace("\uFEFF", "").split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				rows.add(row(MAPPER.readTree(lines[i])));
			}
			catch (IOException | RuntimeException ex) {
				throw new IllegalArgumentException("第 " + (i + 1) + " 行不是有效的目标记录（" + shortMessage(ex) + "）", ex);
			}
		}
		return rows;
	}

	private interface Body {

		void write(JsonGenerator g) throws IOException;

	}

	private static String write(com.fasterxml.jackson.core.PrettyPrinter printer, Body body) {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
			g.setPrettyPrinter(printer);
			body.write(g);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void writeRow(JsonGenerator g, GoalRow row) throws IOException {
		g.writeStartObject();
		g.writeStringField("plan", row.plan());
		g.writeStringField("plan_title", row.planTitle());
		g.writeStringField("region", row.region());
		g.writeStringField("period", row.period());
		g.writeStringField("area_no", row.areaNo());
		g.writeStringField("area", row.area());
		g.writeNumberField("goal_no", row.goalNo());
		g.writeStringField("text", row.text());
		g.writeArrayFieldStart("targets");
		for (ExtractedTarget target : row.targets()) {
			writeTarget(g, target);
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void writeTarget(JsonGenerator g, ExtractedTarget target) throws IOException {
		g.writeStartObject();
		g.writeStringField("indicator", target.indicator());
		g.writeStringField("direction", target.direction());
		writeNumber(g, "value", target.value());
		g.writeStringField("unit", target.unit());
		if (target.year() == null) {
			g.writeNullField("year");
		}
		else {
			g.writeNumberField("year", target.year());
		}
		g.writeStringField("qualifier", target.qualifier());
		g.writeStringField("span", target.span());
		g.writeEndObject();
	}

	private static void writeNumber(JsonGenerator g, String name, BigDecimal value) throws IOException {
		if (value == null) {
			g.writeNullField(name);
		}
		else {
			g.writeNumberField(name, value);
		}
	}

	private static void writeResult(JsonGenerator g, ExtractionResult result) throws IOException {
		g.writeStartObject();
		g.writeArrayFieldStart("plans");
		for (ExtractedPlan plan : result.plans()) {
			writePlan(g, plan);
		}
		g.writeEndArray();
		g.writeArrayFieldStart("warnings");
		for (String warning : result.warnings()) {
			g.writeString(warning);
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void writePlan(JsonGenerator g, ExtractedPlan plan) throws IOException {
		g.writeStartObject();
		g.writeStringField("kind", plan.kind());
		g.writeStringField("title", plan.title());
		g.writeStringField("region", plan.region());
		g.writeStringField("period", plan.period());
		g.writeNumberField("period_start", plan.periodStart());
		g.writeNumberField("period_end", plan.periodEnd());
		g.writeArrayFieldStart("areas");
		for (ExtractedArea area : plan.areas()) {
			g.writeStartObject();
			g.writeStringField("area_no", area.areaNo());
			g.writeNumberField("ordinal", area.ordinal());
			g.writeStringField("name", area.name());
			g.writeArrayFieldStart("goals");
			for (ExtractedGoal goal : area.goals()) {
				g.writeStartObject();
				g.writeNumberField("number", goal.number());
				g.writeStringField("text", goal.text());
				g.writeArrayFieldStart("targets");
				for (ExtractedTarget target : goal.targets()) {
					writeTarget(g, target);
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("strategy_targets");
			for (StrategyTarget strategy : area.strategyTargets()) {
				g.writeStartObject();
				g.writeNumberField("measure", strategy.measure());
				g.writeStringField("sentence", strategy.sentence());
				g.writeFieldName("target");
				writeTarget(g, strategy.target());
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
		g.writeEndArray();
		writeMonitoring(g, plan.monitoring());
		g.writeEndObject();
	}

	private static void writeMonitoring(JsonGenerator g, MonitoringSetup m) throws IOException {
		g.writeFieldName("monitoring");
		if (m == null) {
			g.writeNull();
			return;
		}
		g.writeStartObject();
		g.writeBooleanField("annual_monitoring", m.annualMonitoring());
		g.writeBooleanField("mid_term_evaluation", m.midTermEvaluation());
		g.writeBooleanField("final_evaluation", m.finalEvaluation());
		g.writeArrayFieldStart("evaluation_years");
		for (Integer year : m.evaluationYears()) {
			g.writeNumber(year);
		}
		g.writeEndArray();
		g.writeStringField("monitoring_lead", m.monitoringLead());
		g.writeStringField("evaluation_lead", m.evaluationLead());
		g.writeBooleanField("leadership_group", m.leadershipGroup());
		g.writeArrayFieldStart("database_levels");
		for (String level : m.databaseLevels()) {
			g.writeString(level);
		}
		g.writeEndArray();
		g.writeBooleanField("sex_disaggregated", m.sexDisaggregated());
		g.writeBooleanField("age_disaggregated", m.ageDisaggregated());
		g.writeBooleanField("early_warning", m.earlyWarning());
		g.writeBooleanField("publication", m.publication());
		g.writeArrayFieldStart("evidence");
		for (String sentence : m.evidence()) {
			g.writeString(sentence);
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static GoalRow row(JsonNode node) {
		List<ExtractedTarget> targets = new ArrayList<>();
		JsonNode array = node.path("targets");
		if (!array.isArray()) {
			throw new IllegalArgumentException("缺少 targets 数组");
		}
		for (JsonNode t : array) {
			JsonNode value = t.path("value");
			JsonNode year = t.path("year");
			targets.add(new ExtractedTarget(text(t, "indicator"), text(t, "direction"),
					value.isNumber() ? value.decimalValue() : null, text(t, "unit"), year.isNumber() ? year.intValue() : null,
					text(t, "qualifier"), text(t, "span")));
		}
		JsonNode goalNo = node.path("goal_no");
		if (!goalNo.canConvertToInt() || !node.hasNonNull("plan") || !node.hasNonNull("text")) {
			throw new IllegalArgumentException("缺少 plan、goal_no 或 text");
		}
		return new GoalRow(text(node, "plan"), text(node, "plan_title"), text(node, "region"), text(node, "period"),
				text(node, "area_no"), text(node, "area"), goalNo.intValue(), text(node, "text"), targets);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static String shortMessage(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		int newline = message.indexOf('\n');
		return newline > 0 ? message.substring(0, newline) : message;
	}

	/** Separators as Python's json.dumps writes them, which the seed files use: ", " and ": ". */
	private static final class SeedStylePrinter extends MinimalPrettyPrinter {

		private static final long serialVersionUID = 1L;

		@Override
		public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(": ");
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
			g.writeRaw(", ");
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(", ");
		}

	}

}
