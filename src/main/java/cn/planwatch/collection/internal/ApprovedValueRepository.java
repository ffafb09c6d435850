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
				select v.region_code, v.indicator_code, v.year, v.breakdown,
				    coalesce(v.value, v.numerator / nullif(v.denominator, 0) * i.multiplier) as value, v.numerator, v.denominator
				from collection_value v join plan_indicator i on i.code = v.indicator_code
				where v.region_code = :region and v.indicator_code = any(:codes) and v.status = 'APPROVED'
				    and (v.value is not null or v.numerator is not null and v.denominator <> 0)
				order by v.indicator_code, v.breakdown, v.year""")
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
				select v.region_code, v.indicator_code, v.year, v.breakdown,
				    coalesce(v.value, v.numerator / nullif(v.denominator, 0) * i.multiplier) as value, v.numerator, v.denominator
				from collection_value v join plan_indicator i on i.code = v.indicator_code
				where v.region_code = any(:regions) and v.indicator_code = :code and v.status = 'APPROVED'
				    and (v.value is not null or v.numerator is not null and v.denominator <> 0)
				order by v.region_code, v.breakdown, v.year""")
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
