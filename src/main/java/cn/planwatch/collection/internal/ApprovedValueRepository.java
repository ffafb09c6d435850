package cn.planwatch.collection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.collection.ApprovedValue;

@Repository
public class ApprovedValueRepository {

	private static final RowMapper<ApprovedValue> ROW = (rs, n) -> new ApprovedValue(rs.getString("region_code"),
			rs.getString("indicator_code"), rs.getInt("year"), rs.getString("breakdown"), rs.getBigDecimal("value"),
			rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"));

	private final JdbcClient jdbc;

	public ApprovedValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ApprovedValue> ofRegion(String regionCode, Collection<String> indicatorCodes) {
		if (indicatorCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select region_code, indicator_code, year, breakdown, value, numerator, denominator
				from collection_value
				where region_code = :region and indicator_code = any(:codes) and status = 'APPROVED'
				    and (value is not null or numerator is not null and denominator is not null and denominator <> 0)
				order by indicator_code, breakdown, year""")
			.param("region", regionCode)
			.param("codes", indicatorCodes.toArray(String[]::new))
			.query(ROW)
			.list();
	}

	public List<ApprovedValue> ofRegions(Collection<String> regionCodes, String indicatorCode) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select region_code, indicator_code, year, breakdown, value, numerator, denominator
				from collection_value
				where region_code = any(:regions) and indicator_code = :code and status = 'APPROVED'
				    and (value is not null or numerator is not null and denominator is not null and denominator <> 0)
				order by region_code, breakdown, year""")
			.param("regions", regionCodes.toArray(String[]::new))
			.param("code", indicatorCode)
			.query(ROW)
			.list();
	}

	public Optional<Integer> latestYear(String regionCode) {
		return jdbc.sql("select max(year) from collection_value where region_code = ? and status = 'APPROVED'")
			.param(regionCode)
			.query(Integer.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

}
