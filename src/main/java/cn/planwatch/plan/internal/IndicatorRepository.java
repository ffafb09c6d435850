package cn.planwatch.plan.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.plan.Disaggregation;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Polarity;

/** SQL for the {@code plan_indicator} catalogue table. */
@Repository
public class IndicatorRepository {

	private static final RowMapper<Indicator> ROW = (rs, n) -> new Indicator(rs.getString("code"), rs.getString("name"),
			PlanKind.valueOf(rs.getString("plan_kind")), rs.getInt("area_ordinal"), rs.getString("unit"),
			Polarity.valueOf(rs.getString("polarity")), rs.getString("definition"), rs.getString("numerator_name"),
			rs.getString("denominator_name"), rs.getBigDecimal("multiplier"), disaggregations(rs.getArray("disaggregations")),
			rs.getString("source_department_kind"), rs.getBoolean("builtin"));

	private final JdbcClient jdbc;

	public IndicatorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Indicator> all() {
		return jdbc.sql("select * from plan_indicator order by plan_kind desc, code").query(ROW).list();
	}

	public Optional<Indicator> find(String code) {
		return jdbc.sql("select * from plan_indicator where code = ?").param(code).query(ROW).optional();
	}

	/** Inserts a built-in indicator, or refreshes it when the shipped catalogue changed. */
	public void upsertBuiltin(Indicator indicator) {
		jdbc.sql("""
				insert into plan_indicator (code, name, plan_kind, area_ordinal, unit, polarity, definition,
				    numerator_name, denominator_name, multiplier, disaggregations, source_department_kind, builtin)
				values (:code, :name, :kind, :area, :unit, :polarity, :definition, :numerator, :denominator, :multiplier,
				    string_to_array(:disaggregations, ','), :source, true)
				on conflict (code) do update set name = excluded.name, plan_kind = excluded.plan_kind,
				    area_ordinal = excluded.area_ordinal, unit = excluded.unit, polarity = excluded.polarity,
				    definition = excluded.definition, numerator_name = excluded.numerator_name,
				    denominator_name = excluded.denominator_name, multiplier = excluded.multiplier,
				    disaggregations = excluded.disaggregations, source_department_kind = excluded.source_department_kind
				where plan_indicator.builtin""")
			.param("code", indicator.code())
			.param("name", indicator.name())
			.param("kind", indicator.planKind().name())
			.param("area", indicator.areaOrdinal())
			.param("unit", indicator.unit())
			.param("polarity", indicator.polarity().name())
			.param("definition", indicator.definition())
			.param("numerator", indicator.numeratorName())
			.param("denominator", indicator.denominatorName())
			.param("multiplier", indicator.multiplier(), java.sql.Types.NUMERIC)
			.param("disaggregations", String.join(",", indicator.disaggregations().stream().map(Enum::name).toList()))
			.param("source", indicator.sourceDepartmentKind())
			.update();
	}

	public void insertLocal(Indicator indicator) {
		jdbc.sql("""
				insert into plan_indicator (code, name, plan_kind, area_ordinal, unit, polarity, definition, builtin)
				values (?, ?, ?, ?, ?, ?, ?, false)""")
			.params(indicator.code(), indicator.name(), indicator.planKind().name(), indicator.areaOrdinal(),
					indicator.unit(), indicator.polarity().name(), indicator.definition())
			.update();
	}

	private static Set<Disaggregation> disaggregations(Array array) throws SQLException {
		EnumSet<Disaggregation> set = EnumSet.noneOf(Disaggregation.class);
		if (array != null) {
			Arrays.stream((Object[]) array.getArray())
				.map(Object::toString)
				.filter(s -> !s.isEmpty())
				.map(Disaggregation::valueOf)
				.forEach(set::add);
		}
		return set;
	}

}
