package cn.planwatch.assessment.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.ProgressCategory;
import cn.planwatch.assessment.engine.WarningRule;

/** Table {@code assessment_result}: read by region and year or by target; written by key with fingerprints. */
@Repository
public class ResultRepository {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<List<Map<String, String>>> WARNINGS = new TypeReference<>() {
	};

	private static final List<String> COLUMN_LIST = List.of("region_code", "plan_id", "target_id", "breakdown", "year",
			"status", "progress", "value", "baseline_year", "baseline_value", "forecast_year", "forecast_value",
			"forecast_lower", "forecast_upper", "mid_term_year", "mid_term_value", "mid_term_lower", "mid_term_upper",
			"share", "mid_term_share", "scale", "yearly_change", "points", "trend_p_value", "rate_lower", "rate_upper",
			"uncertain", "judged", "warned", "warnings", "explanation", "fingerprint");

	private static final List<String> KEY = List.of("target_id", "breakdown", "year");

	private static final String UPSERT = "insert into assessment_result (" + String.join(", ", COLUMN_LIST)
			+ ", computed_at) values (" + String.join(", ", COLUMN_LIST.stream().map(c -> c.equals("warnings") ? "?::jsonb" : "?").toList())
			+ ", now()) on conflict (" + String.join(", ", KEY) + ") do update set "
			+ String.join(", ", COLUMN_LIST.stream().filter(c -> !KEY.contains(c)).map(c -> c + " = excluded." + c).toList())
			+ ", computed_at = now()";

	private static final RowMapper<AssessmentResult> ROW = (rs, n) -> new AssessmentResult(rs.getString("region_code"),
			rs.getLong("plan_id"), rs.getLong("target_id"), rs.getString("breakdown"), rs.getInt("year"),
			AttainmentStatus.valueOf(rs.getString("status")), ProgressCategory.valueOf(rs.getString("progress")),
			rs.getObject("value", Double.class), rs.getObject("baseline_year", Integer.class),
			rs.getObject("baseline_value", Double.class), rs.getObject("forecast_year", Integer.class),
			rs.getObject("forecast_value", Double.class), rs.getObject("forecast_lower", Double.class),
			rs.getObject("forecast_upper", Double.class), rs.getObject("mid_term_year", Integer.class),
			rs.getObject("mid_term_value", Double.class), rs.getObject("mid_term_lower", Double.class),
			rs.getObject("mid_term_upper", Double.class), rs.getObject("share", Double.class),
			rs.getObject("mid_term_share", Double.class), rs.getString("scale"), rs.getObject("yearly_change", Double.class),
			rs.getInt("points"), rs.getObject("trend_p_value", Double.class), rs.getObject("rate_lower", Double.class),
			rs.getObject("rate_upper", Double.class), rs.getBoolean("uncertain"), rs.getBoolean("judged"), warnings(rs.getString("warnings")),
			rs.getString("explanation"), rs.getObject("computed_at", java.time.OffsetDateTime.class));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public ResultRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public List<AssessmentResult> ofRegion(String regionCode, int year) {
		return jdbc.sql("select * from assessment_result where region_code = ? and year = ? order by target_id, breakdown")
			.params(regionCode, year)
			.query(ROW)
			.list();
	}

	public List<AssessmentResult> ofRegions(Collection<String> regionCodes, int year) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from assessment_result where region_code = any(:regions) and year = :year
				order by region_code, target_id, breakdown""")
			.param("regions", regionCodes.toArray(String[]::new))
			.param("year", year)
			.query(ROW)
			.list();
	}

	public List<AssessmentResult> ofTarget(long targetId) {
		return jdbc.sql("select * from assessment_result where target_id = ? order by breakdown, year")
			.param(targetId)
			.query(ROW)
			.list();
	}

	public List<Integer> years(String regionCode) {
		return jdbc.sql("select distinct year from assessment_result where region_code = ? order by year")
			.param(regionCode)
			.query(Integer.class)
			.list();
	}

	/** The fingerprints stored for the given targets, by {@link ResultKey}. */
	public Map<ResultKey, Long> fingerprints(Collection<Long> targetIds) {
		Map<ResultKey, Long> found = new HashMap<>();
		if (targetIds.isEmpty()) {
			return found;
		}
		template.query(
				"select target_id, breakdown, year, fingerprint from assessment_result where target_id = any(?)",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", targetIds.toArray())),
				rs -> {
					found.put(new ResultKey(rs.getLong(1), rs.getString(2), rs.getInt(3)), rs.getLong(4));
				});
		return found;
	}

	/** Inserts or replaces the rows. */
	public void upsert(List<ResultRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		template.batchUpdate(UPSERT, rows, 1000, ResultRepository::bind);
	}

	public void delete(Collection<ResultKey> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<ResultKey> list = new ArrayList<>(keys);
		template.batchUpdate("delete from assessment_result where target_id = ? and breakdown = ? and year = ?", list, 1000,
				(ps, key) -> {
					ps.setLong(1, key.targetId());
					ps.setString(2, key.breakdown());
					ps.setInt(3, key.year());
				});
	}

	/** Removes the results of plans that are no longer in force in the region (superseded or withdrawn). */
	public int deleteOtherPlans(String regionCode, Collection<Long> planIdsInForce) {
		return jdbc.sql("delete from assessment_result where region_code = :region and not (plan_id = any(:plans))")
			.param("region", regionCode)
			.param("plans", planIdsInForce.toArray(Long[]::new))
			.update();
	}

	private static void bind(PreparedStatement ps, ResultRow row) throws SQLException {
		AssessmentResult r = row.result();
		int i = 1;
		ps.setString(i++, r.regionCode());
		ps.setLong(i++, r.planId());
		ps.setLong(i++, r.targetId());
		ps.setString(i++, r.breakdown());
		ps.setInt(i++, r.year());
		ps.setString(i++, r.status().name());
		ps.setString(i++, r.progress().name());
		setDouble(ps, i++, r.value());
		setInt(ps, i++, r.baselineYear());
		setDouble(ps, i++, r.baselineValue());
		setInt(ps, i++, r.forecastYear());
		setDouble(ps, i++, r.forecastValue());
		setDouble(ps, i++, r.forecastLower());
		setDouble(ps, i++, r.forecastUpper());
		setInt(ps, i++, r.midTermYear());
		setDouble(ps, i++, r.midTermValue());
		setDouble(ps, i++, r.midTermLower());
		setDouble(ps, i++, r.midTermUpper());
		setDouble(ps, i++, r.share());
		setDouble(ps, i++, r.midTermShare());
		ps.setString(i++, r.scale());
		setDouble(ps, i++, r.yearlyChange());
		ps.setInt(i++, r.points());
		setDouble(ps, i++, r.trendPValue());
		setDouble(ps, i++, r.rateLower());
		setDouble(ps, i++, r.rateUpper());
		ps.setBoolean(i++, r.uncertain());
		ps.setBoolean(i++, r.judged());
		ps.setBoolean(i++, r.isWarned());
		ps.setString(i++, json(r.warnings()));
		ps.setString(i++, r.explanation());
		ps.setLong(i, row.fingerprint());
	}

	private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
		if (value == null || !Double.isFinite(value)) {
			ps.setNull(index, Types.DOUBLE);
		}
		else {
			ps.setDouble(index, value);
		}
	}

	private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.INTEGER);
		}
		else {
			ps.setInt(index, value);
		}
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

	private static List<ResultWarning> warnings(String json) {
		try {
			return JSON.readValue(json, WARNINGS)
				.stream()
				.map(m -> new ResultWarning(WarningRule.valueOf(m.get("rule")), m.get("text")))
				.toList();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable warnings in assessment_result: " + json, ex);
		}
	}

}
