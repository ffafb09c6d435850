package cn.planwatch.assessment.internal;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.ResultWarning;

/**
 * The columns of {@code assessment_result} a result is written to, in order, each with its SQL type and the
 * result's value. One list serves the upsert, the COPY and the fingerprint, so they cannot disagree.
 */
final class ResultColumns {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A column with its {@link Types} type ({@link Types#OTHER} for jsonb); a non-finite double is stored as null. */
	record Column(String name, int type, Function<AssessmentResult, Object> value) {

		Object valueOf(AssessmentResult result) {
			Object v = value.apply(result);
			return v instanceof Double d && !Double.isFinite(d) ? null : v;
		}

	}

	static final List<Column> ALL = List.of(new Column("region_code", Types.VARCHAR, r -> r.regionCode()),
			new Column("plan_id", Types.BIGINT, r -> r.planId()), new Column("target_id", Types.BIGINT, r -> r.targetId()),
			new Column("breakdown", Types.VARCHAR, r -> r.breakdown()), new Column("year", Types.INTEGER, r -> r.year()),
			new Column("status", Types.VARCHAR, r -> r.status().name()),
			new Column("progress", Types.VARCHAR, r -> r.progress().name()),
			new Column("value", Types.DOUBLE, r -> r.value()),
			new Column("baseline_year", Types.INTEGER, r -> r.baselineYear()),
			new Column("baseline_value", Types.DOUBLE, r -> r.baselineValue()),
			new Column("forecast_year", Types.INTEGER, r -> r.forecastYear()),
			new Column("forecast_value", Types.DOUBLE, r -> r.forecastValue()),
			new Column("forecast_lower", Types.DOUBLE, r -> r.forecastLower()),
			new Column("forecast_upper", Types.DOUBLE, r -> r.forecastUpper()),
			new Column("mid_term_year", Types.INTEGER, r -> r.midTermYear()),
			new Column("mid_term_value", Types.DOUBLE, r -> r.midTermValue()),
			new Column("mid_term_lower", Types.DOUBLE, r -> r.midTermLower()),
			new Column("mid_term_upper", Types.DOUBLE, r -> r.midTermUpper()),
			new Column("share", Types.DOUBLE, r -> r.share()),
			new Column("mid_term_share", Types.DOUBLE, r -> r.midTermShare()),
			new Column("scale", Types.VARCHAR, r -> r.scale()),
			new Column("yearly_change", Types.DOUBLE, r -> r.yearlyChange()),
			new Column("points", Types.INTEGER, r -> r.points()),
			new Column("trend_p_value", Types.DOUBLE, r -> r.trendPValue()),
			new Column("rate_lower", Types.DOUBLE, r -> r.rateLower()),
			new Column("rate_upper", Types.DOUBLE, r -> r.rateUpper()),
			new Column("uncertain", Types.BOOLEAN, r -> r.uncertain()),
			new Column("judged", Types.BOOLEAN, r -> r.judged()), new Column("warned", Types.BOOLEAN, r -> r.isWarned()),
			new Column("needs_action", Types.BOOLEAN, r -> r.needsAction()),
			new Column("warnings", Types.OTHER, r -> json(r.warnings())),
			new Column("explanation", Types.VARCHAR, r -> r.explanation()));

	private ResultColumns() {
	}

	static String json(List<ResultWarning> warnings) {
		List<Map<String, String>> list = warnings.stream()
			.map(w -> Map.of("rule", w.rule().name(), "text", w.text()))
			.toList();
		try {
			return JSON.writeValueAsString(list);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
