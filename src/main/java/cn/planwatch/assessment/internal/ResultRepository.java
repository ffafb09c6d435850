package cn.planwatch.assessment.internal;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
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

	private static final List<String> COLUMN_LIST = Stream
		.concat(ResultColumns.ALL.stream().map(ResultColumns.Column::name), Stream.of("fingerprint"))
		.toList();

	private static final List<String> KEY = List.of("target_id", "breakdown", "year");

	private static final String UPSERT = "insert into assessment_result (" + String.join(", ", COLUMN_LIST)
			+ ", computed_at) values ("
			+ String.join(", ", ResultColumns.ALL.stream().map(c -> c.type() == Types.OTHER ? "?::jsonb" : "?").toList())
			+ ", ?, now()) on conflict (" + String.join(", ", KEY) + ") do update set "
			+ String.join(", ", COLUMN_LIST.stream().filter(c -> !KEY.contains(c)).map(c -> c + " = excluded." + c).toList())
			+ ", computed_at = now()";

	/** New rows are copied in; {@code computed_at} takes its default, now(), as in {@link #UPSERT}. */
	private static final String COPY = "copy assessment_result (" + String.join(", ", COLUMN_LIST)
			+ ") from stdin (format binary)";

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

	/** The totals' results of several regions in one year, by region and target. */
	public List<AssessmentResult> totalsOfRegions(Collection<String> regionCodes, int year) {
		return jdbc.sql("""
				select * from assessment_result where region_code = any(:regions) and year = :year and breakdown = 'TOTAL'
				order by region_code, target_id""")
			.param("regions", regionCodes.toArray(String[]::new))
			.param("year", year)
			.query(ROW)
			.list();
	}

	/** A total's status in a year, as {@link #statusesOfRegions} reads it. */
	public record StatusRow(String regionCode, long planId, long targetId, AttainmentStatus status, boolean judged,
			boolean needsAction) {
	}

	/**
	 * The statuses of the totals of several regions in one year, with hand judgement and whether a warning
	 * calls for action — narrow rows, read from the index {@code assessment_result_totals_idx} alone.
	 */
	public List<StatusRow> statusesOfRegions(Collection<String> regionCodes, int year) {
		return jdbc.sql("""
				select region_code, plan_id, target_id, status, judged, needs_action
				from assessment_result
				where region_code = any(:regions) and year = :year and breakdown = 'TOTAL'""")
			.param("regions", regionCodes.toArray(String[]::new))
			.param("year", year)
			.query((rs, n) -> new StatusRow(rs.getString("region_code"), rs.getLong("plan_id"), rs.getLong("target_id"),
					AttainmentStatus.valueOf(rs.getString("status")), rs.getBoolean("judged"), rs.getBoolean("needs_action")))
			.list();
	}

	/** The totals' results of some targets in one year. */
	public List<AssessmentResult> totalsOfTargets(Collection<Long> targetIds, int year) {
		return jdbc.sql("""
				select * from assessment_result where target_id = any(:targets) and year = :year and breakdown = 'TOTAL'
				order by target_id""")
			.param("targets", targetIds.toArray(Long[]::new))
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

	/**
	 * The years with results of each of the regions (oldest first); regions without any are left out. A skip
	 * scan of the region-and-year index: a few probes per region, not a read of all its results.
	 */
	public Map<String, List<Integer>> yearsOfRegions(Collection<String> regionCodes) {
		Map<String, List<Integer>> years = new HashMap<>();
		jdbc.sql("""
				with recursive found (region_code, year) as (
				    select r.code, (select min(year) from assessment_result where region_code = r.code)
				    from unnest(?::text[]) r(code)
				    union all
				    select region_code,
				        (select min(a.year) from assessment_result a where a.region_code = found.region_code and a.year > found.year)
				    from found where year is not null)
				select region_code, year from found where year is not null order by region_code, year""")
			.param(regionCodes.toArray(String[]::new))
			.query(rs -> {
				years.computeIfAbsent(rs.getString("region_code"), k -> new ArrayList<>()).add(rs.getInt("year"));
			});
		return years;
	}

	public List<Integer> years(String regionCode) {
		return yearsOfRegions(List.of(regionCode)).getOrDefault(regionCode, List.of());
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

	/**
	 * Inserts rows whose keys are not stored yet, with PostgreSQL's COPY: a region's first computation writes
	 * thousands of rows, which COPY writes more than twice as fast as batched upserts (BENCHMARKS.md). The caller must hold the
	 * region (see {@link PendingRepository#take}), or a concurrent insert of the same key fails the COPY.
	 */
	public void insert(List<ResultRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		template.execute((ConnectionCallback<Void>) connection -> {
			try (CopyBinary copy = new CopyBinary(
					new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16))) {
				for (ResultRow row : rows) {
					copy.row(COLUMN_LIST.size());
					for (int i = 0; i < ResultColumns.ALL.size(); i++) {
						copy.field(row.values().get(i), ResultColumns.ALL.get(i).type());
					}
					copy.field(row.fingerprint(), Types.BIGINT);
				}
			}
			catch (IOException ex) {
				throw new SQLException("COPY into assessment_result failed", ex);
			}
			return null;
		});
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
		for (int i = 0; i < ResultColumns.ALL.size(); i++) {
			ps.setObject(i + 1, row.values().get(i), ResultColumns.ALL.get(i).type());
		}
		ps.setLong(ResultColumns.ALL.size() + 1, row.fingerprint());
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
