package cn.planwatch.collection.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.collection.ValueAudit;
import cn.planwatch.collection.ValueStatus;

/** SQL for {@code collection_value} and its audit trail {@code collection_value_audit}. */
@Repository
public class ValueRepository {

	private static final RowMapper<ReportedValue> ROW = (rs, n) -> new ReportedValue(rs.getLong("id"),
			rs.getString("region_code"), rs.getString("indicator_code"), rs.getInt("year"),
			Breakdown.fromKey(rs.getString("breakdown")), rs.getBigDecimal("value"), rs.getBigDecimal("numerator"),
			rs.getBigDecimal("denominator"), rs.getString("source"), rs.getString("note"), rs.getString("explanation"),
			ValueStatus.valueOf(rs.getString("status")), rs.getString("origin"),
			(Long) rs.getObject("department_id", Long.class), (Long) rs.getObject("task_id", Long.class),
			rs.getInt("version"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	public ValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReportedValue> find(long id) {
		return jdbc.sql("select * from collection_value where id = ?").param(id).query(ROW).optional();
	}

	public Optional<ReportedValue> find(String regionCode, String indicatorCode, int year, String breakdown) {
		return jdbc.sql("""
				select * from collection_value where region_code = ? and indicator_code = ? and year = ? and breakdown = ?""")
			.params(regionCode, indicatorCode, year, breakdown)
			.query(ROW)
			.optional();
	}

	public List<ReportedValue> of(String regionCode, int year, List<String> indicatorCodes) {
		if (indicatorCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from collection_value where region_code = :region and year = :year and indicator_code in (:codes)
				order by indicator_code, id""")
			.param("region", regionCode)
			.param("year", year)
			.param("codes", indicatorCodes)
			.query(ROW)
			.list();
	}

	/** The values of several regions in one year (any status), e.g. every region of a round. */
	public List<ReportedValue> ofRegions(List<String> regionCodes, int year) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from collection_value where region_code in (:regions) and year = :year order by id")
			.param("regions", regionCodes)
			.param("year", year)
			.query(ROW)
			.list();
	}

	/** The approved values of one indicator in a region, every year and breakdown, oldest first. */
	public List<ReportedValue> approvedOf(String regionCode, String indicatorCode) {
		return jdbc.sql("""
				select * from collection_value where region_code = ? and indicator_code = ? and status = 'APPROVED'
				order by year, breakdown""")
			.params(regionCode, indicatorCode)
			.query(ROW)
			.list();
	}

	public List<ReportedValue> ofTask(long taskId) {
		return jdbc.sql("select * from collection_value where task_id = ? order by indicator_code, id")
			.param(taskId)
			.query(ROW)
			.list();
	}

	/** Approved totals of the years before {@code year}, oldest first. */
	public List<ReportedValue> approvedTotalsBefore(String regionCode, String indicatorCode, int year) {
		return jdbc.sql("""
				select * from collection_value where region_code = ? and indicator_code = ? and year < ?
				    and breakdown = 'TOTAL' and status = 'APPROVED' order by year""")
			.params(regionCode, indicatorCode, year)
			.query(ROW)
			.list();
	}

	public List<ReportedValue> approvedIn(List<String> regionCodes, String indicatorCode, int year) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from collection_value where region_code in (:regions) and indicator_code = :code and year = :year
				    and status = 'APPROVED' order by region_code, id""")
			.param("regions", regionCodes)
			.param("code", indicatorCode)
			.param("year", year)
			.query(ROW)
			.list();
	}

	public long insert(String regionCode, String indicatorCode, int year, String breakdown, BigDecimal value,
			BigDecimal numerator, BigDecimal denominator, String source, String note, String explanation,
			ValueStatus status, String origin, Long departmentId, Long taskId, String user) {
		return jdbc.sql("""
				insert into collection_value (region_code, indicator_code, year, breakdown, value, numerator, denominator,
				    source, note, explanation, status, origin, department_id, task_id, updated_by, approved_at)
				values (:region, :code, :year, :breakdown, :value, :numerator, :denominator, :source, :note, :explanation,
				    :status, :origin, :department, :task, :user, case when :status = 'APPROVED' then now() end)
				returning id""")
			.param("region", regionCode)
			.param("code", indicatorCode)
			.param("year", year)
			.param("breakdown", breakdown)
			.param("value", value, Types.NUMERIC)
			.param("numerator", numerator, Types.NUMERIC)
			.param("denominator", denominator, Types.NUMERIC)
			.param("source", source)
			.param("note", note)
			.param("explanation", explanation)
			.param("status", status.name())
			.param("origin", origin)
			.param("department", departmentId, Types.BIGINT)
			.param("task", taskId, Types.BIGINT)
			.param("user", user)
			.query(Long.class)
			.single();
	}

	/**
	 * Inserts approved historical values with their audit rows in one statement; a row whose cell
	 * already has a value is skipped. Returns how many were written.
	 */
	public int insertHistory(List<HistoryValue> rows, String user, String reason) {
		if (rows.isEmpty()) {
			return 0;
		}
		int n = rows.size();
		String[][] columns = new String[8][n];
		for (int i = 0; i < n; i++) {
			HistoryValue row = rows.get(i);
			columns[0][i] = row.regionCode();
			columns[1][i] = row.indicatorCode();
			columns[2][i] = Integer.toString(row.year());
			columns[3][i] = row.breakdownKey();
			columns[4][i] = plain(row.value());
			columns[5][i] = plain(row.numerator());
			columns[6][i] = plain(row.denominator());
			columns[7][i] = row.source();
		}
		return jdbc.sql("""
				with rows as (
				    select * from unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[], ?::text[])
				        as r (region_code, indicator_code, year, breakdown, value, numerator, denominator, source)
				), inserted as (
				    insert into collection_value (region_code, indicator_code, year, breakdown, value, numerator, denominator,
				        source, status, origin, updated_by, approved_at)
				    select region_code, indicator_code, year, breakdown, value, numerator, denominator, source, 'APPROVED',
				        'HISTORY', ?, now()
				    from rows
				    on conflict (region_code, indicator_code, year, breakdown) do nothing
				    returning id, value, numerator, denominator
				), audited as (
				    insert into collection_value_audit (value_id, by_user, action, new_value, new_numerator, new_denominator,
				        new_status, reason)
				    select id, ?, 'HISTORY', value, numerator, denominator, 'APPROVED', ? from inserted
				    returning 1
				)
				select count(*) from audited""")
			.params((Object[]) columns)
			.param(user)
			.param(user)
			.param(reason)
			.query(Integer.class)
			.single();
	}

	private static String plain(BigDecimal number) {
		return number == null ? null : number.toPlainString();
	}

	/** Changes the numbers and notes if the row still has {@code expectedVersion}; false when it does not. */
	public boolean update(long id, int expectedVersion, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			String source, String note, String explanation, ValueStatus status, Long taskId, String user) {
		return jdbc.sql("""
				update collection_value set value = :value, numerator = :numerator, denominator = :denominator,
				    source = :source, note = :note, explanation = :explanation, status = :status,
				    task_id = coalesce(:task, task_id), version = version + 1, updated_by = :user, updated_at = now(),
				    approved_at = case when :status = 'APPROVED' then now() end
				where id = :id and version = :version""")
			.param("value", value, Types.NUMERIC)
			.param("numerator", numerator, Types.NUMERIC)
			.param("denominator", denominator, Types.NUMERIC)
			.param("source", source)
			.param("note", note)
			.param("explanation", explanation)
			.param("status", status.name())
			.param("task", taskId, Types.BIGINT)
			.param("user", user)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	public void changeStatus(long id, ValueStatus status, String user) {
		jdbc.sql("""
				update collection_value set status = :status, version = version + 1, updated_by = :user, updated_at = now(),
				    approved_at = case when :status = 'APPROVED' then now() end
				where id = :id""")
			.param("status", status.name())
			.param("user", user)
			.param("id", id)
			.update();
	}

	public void audit(long valueId, String user, String action, ReportedValue before, BigDecimal newValue,
			BigDecimal newNumerator, BigDecimal newDenominator, String newStatus, String reason) {
		jdbc.sql("""
				insert into collection_value_audit (value_id, by_user, action, old_value, old_numerator, old_denominator,
				    new_value, new_numerator, new_denominator, old_status, new_status, reason)
				values (:id, :user, :action, :oldValue, :oldNumerator, :oldDenominator, :newValue, :newNumerator,
				    :newDenominator, :oldStatus, :newStatus, :reason)""")
			.param("id", valueId)
			.param("user", user)
			.param("action", action)
			.param("oldValue", before == null ? null : before.value(), Types.NUMERIC)
			.param("oldNumerator", before == null ? null : before.numerator(), Types.NUMERIC)
			.param("oldDenominator", before == null ? null : before.denominator(), Types.NUMERIC)
			.param("newValue", newValue, Types.NUMERIC)
			.param("newNumerator", newNumerator, Types.NUMERIC)
			.param("newDenominator", newDenominator, Types.NUMERIC)
			.param("oldStatus", before == null ? null : before.status().name())
			.param("newStatus", newStatus)
			.param("reason", reason)
			.update();
	}

	public List<ValueAudit> history(long valueId) {
		return jdbc.sql("select * from collection_value_audit where value_id = ? order by at, id")
			.param(valueId)
			.query((rs, n) -> new ValueAudit(rs.getLong("value_id"), rs.getObject("at", OffsetDateTime.class),
					rs.getString("by_user"), rs.getString("action"), rs.getBigDecimal("old_value"),
					rs.getBigDecimal("old_numerator"), rs.getBigDecimal("old_denominator"), rs.getBigDecimal("new_value"),
					rs.getBigDecimal("new_numerator"), rs.getBigDecimal("new_denominator"), rs.getString("old_status"),
					rs.getString("new_status"), rs.getString("reason")))
			.list();
	}

}
