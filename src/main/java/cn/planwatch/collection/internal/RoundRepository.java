package cn.planwatch.collection.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.collection.Round;

/** SQL for {@code collection_round}. */
@Repository
public class RoundRepository {

	private static final RowMapper<Round> ROW = (rs, n) -> new Round(rs.getLong("id"), rs.getString("region_code"),
			rs.getInt("year"), rs.getObject("deadline", LocalDate.class), "OPEN".equals(rs.getString("status")),
			rs.getString("note"), rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	public RoundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String regionCode, int year, LocalDate deadline, String note, String openedBy) {
		return jdbc.sql("""
				insert into collection_round (region_code, year, deadline, note, opened_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(regionCode, year, Date.valueOf(deadline), note, openedBy)
			.query(Long.class)
			.single();
	}

	public Optional<Round> find(long id) {
		return jdbc.sql("select * from collection_round where id = ?").param(id).query(ROW).optional();
	}

	public Optional<Round> find(String regionCode, int year) {
		return jdbc.sql("select * from collection_round where region_code = ? and year = ?")
			.params(regionCode, year)
			.query(ROW)
			.optional();
	}

	public List<Round> ofRegions(List<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from collection_round where region_code in (:codes) order by year desc, region_code")
			.param("codes", regionCodes)
			.query(ROW)
			.list();
	}

	public void close(long id) {
		jdbc.sql("update collection_round set status = 'CLOSED', closed_at = now() where id = ?").param(id).update();
	}

}
