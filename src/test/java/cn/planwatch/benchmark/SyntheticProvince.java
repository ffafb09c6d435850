package cn.planwatch.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import cn.planwatch.plan.PlanKind;

/**
 * A synthetic province for the recompute benchmark, written straight into the tables with set-based SQL
 * (going through the services would take hours): province {@value #PROVINCE}, 14 cities and {@code counties}
 * counties, all {@code demo}. Codes begin with 98, which neither GB/T 2260 nor the demo (99…) or test
 * (9902…) regions use. Each county has a department for every kind that leads an indicator, and a
 * published 2021–2030 women's plan of {@code targets} targets: every built-in catalogue indicator once, then
 * every second one again with a 2025 bound (as plans state mid-term targets) until there are enough. Directions are mixed
 * (≥, ≤, 提高, 降低, 保持, 定性, some of the latter judged by hand) and target values set at different
 * distances from the trend. Approved values 2016–2025 for the total and both sexes follow a county's
 * own level and trend with noise (some volatile, some reversed); rates are stored as numerator and
 * denominator, and the per-100,000 ones have counts small enough for the exact Poisson rule.
 * Pseudo-random numbers come from {@code hashtext}, so the data are the same at every run.
 */
final class SyntheticProvince {

	static final String PROVINCE = "980000";

	static final int FIRST_YEAR = 2016;

	static final int LAST_YEAR = 2025;

	private static final String COUNTIES = "(select code from region where level = 'COUNTY' and path like '980000/%')";

	/** Uniform in [0, 1) and roughly standard normal, from a text key. */
	private static final List<String> RANDOM = List.of("""
			create function pg_temp.u(key text) returns double precision language sql immutable
			as $$ select (hashtext(key) + 2147483648.0::float8) / 4294967296.0::float8 $$""", """
			create function pg_temp.n(key text) returns double precision language sql immutable
			as $$ select (pg_temp.u(key || '#1') + pg_temp.u(key || '#2') + pg_temp.u(key || '#3')
			    + pg_temp.u(key || '#4') - 2) * sqrt(3) $$""");

	private static final String REGIONS = """
			insert into region (code, name, level, parent_code, path, sort_order, demo)
			values ('980000', '基准测试省', 'PROVINCE', null, '980000', 98, true);
			insert into region (code, name, level, parent_code, path, sort_order, demo)
			select '98' || lpad(c::text, 2, '0') || '00', '基准测试' || c || '市', 'CITY', '980000',
			    '980000/98' || lpad(c::text, 2, '0') || '00', c, true
			from generate_series(1, 14) c;
			insert into region (code, name, level, parent_code, path, sort_order, demo)
			select code, '基准测试' || (i + 1) || '县', 'COUNTY', city, '980000/' || city || '/' || code, i + 1, true
			from (select i, '98' || (15 + i / 99) || lpad((1 + mod(i, 99))::text, 2, '0') as code,
			          '98' || lpad((1 + mod(i, 14))::text, 2, '0') || '00' as city
			      from generate_series(0, %d - 1) i) county""";

	private static final String DEPARTMENTS = """
			insert into region_department (region_code, kind_code, name)
			select r.code, k.code, r.name || k.name from region r
			join region_department_kind k on k.code in ('office', 'stats')
			    or k.code in (select source_department_kind from plan_indicator where builtin)
			where r.code in %s""".formatted(COUNTIES);

	/** Per indicator: level in 2020, relative yearly change (its sign from the polarity), size of the denominator. */
	private static final String INDICATORS = """
			create temp table bench_indicator as
			select code, name, area_ordinal, unit, polarity, multiplier, ratio, lead_kind, n,
			    case when ratio then case
			            when multiplier = 100 then case polarity when 'HIGHER' then 50 + 40 * u1 when 'LOWER' then 3 + 25 * u1
			                else 30 + 40 * u1 end
			            when multiplier = 1000 and unit = '‰' then 2 + 8 * u1
			            when multiplier = 1000 then 1.5 + 4 * u1
			            else 5 + 25 * u1 end
			        else case when unit = '岁' then 74 + 8 * u1 when unit = '小时' then 0.5 + 2 * u1
			            when unit = '个百分点' then 2 + 8 * u1 when unit = '%' then 3 + 5 * u1 when unit is null then 9 + 3 * u1
			            else 20 + 480 * u1 end
			    end as level,
			    case polarity when 'HIGHER' then 1 when 'LOWER' then -1 else sign(u2 - 0.5) end * (0.006 + 0.03 * u3)
			        * case when unit = '岁' then 0.2 else 1 end as slope,
			    case when not ratio then null when multiplier = 100 then 800 + 8000 * u4
			        when unit = '‰' or multiplier >= 10000 then 2000 + 10000 * u4 else 50000 + 300000 * u4 end as denominator,
			    case when ratio and unit in ('%', '‰') then multiplier * 0.995 when ratio then multiplier
			        else 'infinity'::float8 end as cap,
			    not ratio and unit in ('人', '个', '名', '张') as counted
			from (select code, name, area_ordinal, unit, polarity, multiplier::float8 as multiplier,
			          numerator_name is not null as ratio, coalesce(source_department_kind, 'stats') as lead_kind,
			          row_number() over (order by code) as n, pg_temp.u(code || '/level') as u1,
			          pg_temp.u(code || '/sign') as u2, pg_temp.u(code || '/slope') as u3, pg_temp.u(code || '/size') as u4
			      from plan_indicator where builtin) i""";

	/**
	 * The plan's targets: each indicator once, every second one again with a 2025 bound. The target value
	 * lies at 0.5–1.8 times the indicator's trend distance, so some are met early and some will be missed.
	 */
	private static final String TARGETS = """
			create temp table bench_target as
			select seq, code, name, area_ordinal, unit, direction, target_year,
			    case when direction in ('>=', '<=') then round(least(goal, cap)::numeric, case when goal < 10 then 2 else 1 end)
			    end as value
			from (select seq, code, name, area_ordinal, unit, cap, target_year,
			          case when use = 2 then case when polarity = 'LOWER' then '<=' else '>=' end
			              when mod(seq, 8) = 7 then 'qualitative'
			              when mod(seq, 8) = 4 then case when polarity = 'LOWER' then 'decrease' else 'increase' end
			              when mod(seq, 8) = 5 and polarity <> 'NEUTRAL' then 'maintain'
			              when polarity = 'LOWER' then '<=' else '>=' end as direction,
			          level * (1 + slope * coalesce(target_year - 2020, 10) * (array[0.5, 0.9, 1.3, 1.8])[1 + mod(seq / 8, 4)::int])
			              as goal
			      from (select row_number() over (order by use, n) as seq, t.*, case when use = 2 then 2025 end as target_year
			            from (select i.*, 1 as use from bench_indicator i
			                  union all select i.*, 2 from bench_indicator i where mod(n, 2) = 0) t
			            order by use, n limit %d) numbered) directed""";

	private static final String PLANS = """
			insert into plan (region_code, kind, title, period_start, period_end, status, source_document, demo, published_at)
			select code, 'WOMEN', name || '妇女发展规划（2021—2030年）', 2021, 2030, 'PUBLISHED', '基准测试合成数据', true, now()
			from region where code in %s""".formatted(COUNTIES);

	private static final String AREAS = """
			insert into plan_area (plan_id, ordinal, name)
			select p.id, a.ordinal, a.name from plan p cross join unnest(?::text[]) with ordinality a(name, ordinal)
			where p.region_code in %s""".formatted(COUNTIES);

	private static final String GOALS = """
			insert into plan_goal (area_id, number, text)
			select a.id, 1, a.name || '的主要目标（基准测试）。' from plan_area a join plan p on p.id = a.plan_id
			where p.region_code in %s""".formatted(COUNTIES);

	private static final String PLAN_TARGETS = """
			insert into plan_target (area_id, goal_id, seq, indicator_code, indicator_name, direction, value, unit, target_year)
			select a.id, g.id, t.seq, t.code, t.name, t.direction, t.value, t.unit, t.target_year
			from plan p join plan_area a on a.plan_id = p.id join plan_goal g on g.area_id = a.id
			join bench_target t on t.area_ordinal = a.ordinal
			where p.region_code in %s""".formatted(COUNTIES);

	private static final String LEADS = """
			insert into plan_target_responsibility (target_id, department_id, role)
			select t.id, d.id, 'LEAD' from plan_target t join plan_area a on a.id = t.area_id join plan p on p.id = a.plan_id
			join bench_indicator i on i.code = t.indicator_code
			join region_department d on d.region_code = p.region_code and d.kind_code = i.lead_kind
			where p.region_code in %s""".formatted(COUNTIES);

	/** Two in five qualitative targets judged by hand in 2023. */
	private static final String JUDGEMENTS = """
			insert into assessment_judgement (target_id, year, status, reason, judged_by)
			select t.id, 2023, (array['ACHIEVED', 'BASICALLY_ACHIEVED', 'NOT_ACHIEVED'])[1 + mod(t.id, 3)::int],
			    '基准测试：按年度工作进展评判。', 'benchmark'
			from plan_target t join plan_area a on a.id = t.area_id join plan p on p.id = a.plan_id
			where p.region_code in %s and t.direction = 'qualitative' and pg_temp.u(t.id || '/judged') < 0.4"""
		.formatted(COUNTIES);

	/** Per county and indicator: its own level, trend (reversed in about one in eight), noise (volatile in one in ten), sex gap, size. */
	private static final String SERIES = """
			create temp table bench_series as
			select r.code as region_code, i.code as indicator_code, d.id as department_id, i.ratio, i.counted,
			    i.multiplier, i.cap,
			    i.level * (1 + 0.15 * pg_temp.n(r.code || i.code || '/level')) as level,
			    i.slope * (1 + 0.9 * pg_temp.n(r.code || i.code || '/slope')) as slope,
			    abs(i.slope) * i.level * (0.15 + 0.6 * pg_temp.u(r.code || i.code || '/noise'))
			        * case when pg_temp.u(r.code || i.code || '/volatile') < 0.1 then 5 else 1 end as noise,
			    0.06 * pg_temp.n(r.code || i.code || '/gap') as gap,
			    i.denominator * (0.3 + 1.7 * pg_temp.u(r.code || '/size')) as denominator
			from region r cross join bench_indicator i
			join region_department d on d.region_code = r.code and d.kind_code = i.lead_kind
			where r.code in %s
			order by r.code, i.code""".formatted(COUNTIES);

	/**
	 * Approved values: the total and both sexes; a rate's total is the sum of the sexes' counts. ({@code offset 0}
	 * keeps each subquery's values computed once instead of once per use above.)
	 */
	private static final String VALUES = """
			insert into collection_value (region_code, indicator_code, year, breakdown, value, numerator, denominator, source,
			    status, origin, department_id, updated_by, approved_at)
			select region_code, indicator_code, year, c.breakdown, c.value, c.numerator, c.denominator, '基准测试',
			    'APPROVED', 'HISTORY', department_id, 'benchmark', now()
			from (select region_code, indicator_code, year, department_id, ratio, den_f, den_m,
			          least(den_f, round(least(v * (1 + gap), cap) / multiplier * den_f)) as num_f,
			          least(den_m, round(least(v * (1 - gap), cap) / multiplier * den_m)) as num_m,
			          case when counted then round(v)::numeric else round(v::numeric, 2) end as total,
			          case when counted then round(v * 0.5 * (1 + gap))::numeric else round((v * (1 + gap))::numeric, 2) end
			              as female,
			          case when counted then round(v)::numeric - round(v * 0.5 * (1 + gap))::numeric
			              else round((v * (1 - gap))::numeric, 2) end as male
			      from (select s.*, y.year,
			                least(s.cap, greatest(0, s.level * (1 + s.slope * (y.year - 2020))
			                    + s.noise * pg_temp.n(s.region_code || s.indicator_code || y.year))) as v,
			                round(s.denominator * (1 + 0.01 * (y.year - 2020)) * 0.49) as den_f,
			                round(s.denominator * (1 + 0.01 * (y.year - 2020)) * 0.51) as den_m
			            from bench_series s cross join generate_series(%d, %d) y(year) offset 0) point offset 0) cell
			cross join lateral (values
			    ('TOTAL', case when not ratio then total end, case when ratio then num_f + num_m end,
			        case when ratio then den_f + den_m end),
			    ('SEX:FEMALE', case when not ratio then female end, case when ratio then num_f end, case when ratio then den_f end),
			    ('SEX:MALE', case when not ratio then male end, case when ratio then num_m end, case when ratio then den_m end))
			    c(breakdown, value, numerator, denominator)""";

	private SyntheticProvince() {
	}

	/** What was generated. */
	record Size(int counties, int targets, long values, long millis) {
	}

	static Size create(DataSource dataSource, int counties, int targetsPerPlan) throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			// the rows refer only to rows made here: checking millions of foreign keys one by one would double the time
			execute(connection, "set local session_replication_role = replica");
			for (String sql : RANDOM) {
				execute(connection, sql);
			}
			for (String sql : REGIONS.formatted(counties).split(";\n")) {
				execute(connection, sql);
			}
			step(connection, "departments", DEPARTMENTS);
			execute(connection, INDICATORS);
			execute(connection, TARGETS.formatted(targetsPerPlan));
			step(connection, "plans", PLANS);
			try (PreparedStatement areas = connection.prepareStatement(AREAS)) {
				areas.setArray(1, connection.createArrayOf("text", PlanKind.WOMEN.areaNames().toArray()));
				areas.executeUpdate();
			}
			step(connection, "goals", GOALS);
			int targets = step(connection, "targets", PLAN_TARGETS);
			// fresh statistics, or the planner of some versions (PostgreSQL 15) joins the new rows in nested loops
			execute(connection, "analyze region, region_department, plan, plan_area, plan_goal, plan_target, bench_indicator");
			step(connection, "lead departments", LEADS);
			step(connection, "hand judgements", JUDGEMENTS);
			execute(connection, SERIES);
			execute(connection, "analyze bench_series");
			int values = step(connection, "approved values", VALUES.formatted(FIRST_YEAR, LAST_YEAR));
			connection.commit();
			connection.setAutoCommit(true);
			execute(connection, "analyze");
			return new Size(counties, targets / counties, values, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Removes the province again (only needed on a server that outlives the test JVM). */
	static void drop(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			String regions = "(select code from region where path like '980000%')";
			for (String table : List.of("assessment_pending", "assessment_result", "collection_value", "plan",
					"region_department")) {
				execute(connection, "delete from " + table + " where region_code in " + regions);
			}
			execute(connection, "delete from region where path like '980000/%/%'");
			execute(connection, "delete from region where path like '980000/%'");
			execute(connection, "delete from region where code = '980000'");
		}
	}

	private static int step(Connection connection, String what, String sql) throws SQLException {
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			int rows = statement.executeUpdate(sql);
			System.out.printf("BENCHMARK province: %,d %s in %,d ms%n", rows, what, (System.nanoTime() - started) / 1_000_000);
			return rows;
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
