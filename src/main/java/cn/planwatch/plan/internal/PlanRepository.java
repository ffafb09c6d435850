package cn.planwatch.plan.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.plan.Area;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;
import cn.planwatch.plan.TrackingTarget;

/** SQL for plans, areas, goals, targets and responsibilities. */
@Repository
public class PlanRepository {

	private static final String SUMMARY = """
			select p.*,
			    (select count(*) from plan_goal g join plan_area a on a.id = g.area_id where a.plan_id = p.id) as goal_count,
			    (select count(*) from plan_target t join plan_goal g on g.id = t.goal_id join plan_area a on a.id = g.area_id
			     where a.plan_id = p.id) as target_count
			from plan p
			""";

	private static final RowMapper<PlanSummary> SUMMARY_ROW = (rs, n) -> new PlanSummary(rs.getLong("id"),
			rs.getString("region_code"), PlanKind.valueOf(rs.getString("kind")), rs.getString("title"),
			rs.getInt("period_start"), rs.getInt("period_end"), PlanStatus.valueOf(rs.getString("status")),
			rs.getString("source_document"), rs.getBoolean("demo"), rs.getInt("goal_count"), rs.getInt("target_count"));

	private final JdbcClient jdbc;

	public PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlanSummary> ofRegion(String regionCode) {
		return jdbc.sql(SUMMARY + " where p.region_code = ? order by p.kind desc, p.period_start desc, p.id")
			.param(regionCode)
			.query(SUMMARY_ROW)
			.list();
	}

	public Optional<PlanSummary> findSummary(long id) {
		return jdbc.sql(SUMMARY + " where p.id = ?").param(id).query(SUMMARY_ROW).optional();
	}

	public Optional<PlanDetail> findDetail(long id) {
		return findSummary(id).map(summary -> new PlanDetail(summary, areasOf(id)));
	}

	private List<Area> areasOf(long planId) {
		Map<Long, List<Responsibility>> responsibilities = new LinkedHashMap<>();
		jdbc.sql("""
				select r.target_id, r.department_id, d.name, r.role
				from plan_target_responsibility r
				join region_department d on d.id = r.department_id
				join plan_target t on t.id = r.target_id
				join plan_goal g on g.id = t.goal_id
				join plan_area a on a.id = g.area_id
				where a.plan_id = ?
				order by r.role desc, d.name""").param(planId).query(rs -> {
			responsibilities.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>())
				.add(new Responsibility(rs.getLong("department_id"), rs.getString("name"),
						Responsibility.Role.valueOf(rs.getString("role"))));
		});
		Map<Long, List<Target>> targets = new LinkedHashMap<>();
		jdbc.sql("""
				select t.* from plan_target t join plan_goal g on g.id = t.goal_id join plan_area a on a.id = g.area_id
				where a.plan_id = ? order by t.goal_id, t.seq""").param(planId).query(rs -> {
			long id = rs.getLong("id");
			targets.computeIfAbsent(rs.getLong("goal_id"), k -> new ArrayList<>())
				.add(new Target(id, rs.getString("indicator_code"), rs.getString("indicator_name"),
						Direction.fromCode(rs.getString("direction")), rs.getBigDecimal("value"), rs.getString("unit"),
						(Integer) rs.getObject("target_year", Integer.class), rs.getString("qualifier"),
						rs.getString("span"), rs.getBigDecimal("baseline_value"),
						(Integer) rs.getObject("baseline_year", Integer.class), rs.getBigDecimal("mid_term_value"),
						responsibilities.getOrDefault(id, List.of())));
		});
		Map<Long, List<Goal>> goals = new LinkedHashMap<>();
		jdbc.sql("""
				select g.* from plan_goal g join plan_area a on a.id = g.area_id
				where a.plan_id = ? order by g.area_id, g.number""").param(planId).query(rs -> {
			long id = rs.getLong("id");
			goals.computeIfAbsent(rs.getLong("area_id"), k -> new ArrayList<>())
				.add(new Goal(id, rs.getInt("number"), rs.getString("text"), targets.getOrDefault(id, List.of())));
		});
		return jdbc.sql("select * from plan_area where plan_id = ? order by ordinal")
			.param(planId)
			.query((rs, n) -> new Area(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("name"),
					goals.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public long insert(NewPlan plan) {
		long planId = jdbc.sql("""
				insert into plan (region_code, kind, title, period_start, period_end, source_document, demo)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(plan.regionCode(), plan.kind().name(), plan.title(), plan.periodStart(), plan.periodEnd(),
					plan.sourceDocument(), plan.demo())
			.query(Long.class)
			.single();
		for (Area area : plan.areas()) {
			long areaId = jdbc.sql("insert into plan_area (plan_id, ordinal, name) values (?, ?, ?) returning id")
				.params(planId, area.ordinal(), area.name())
				.query(Long.class)
				.single();
			for (Goal goal : area.goals()) {
				long goalId = jdbc.sql("insert into plan_goal (area_id, number, text) values (?, ?, ?) returning id")
					.params(areaId, goal.number(), goal.text())
					.query(Long.class)
					.single();
				int seq = 1;
				for (Target target : goal.targets()) {
					insertTarget(goalId, seq++, target);
				}
			}
		}
		return planId;
	}

	private void insertTarget(long goalId, int seq, Target target) {
		long targetId = jdbc.sql("""
				insert into plan_target (goal_id, seq, indicator_code, indicator_name, direction, value, unit,
				    target_year, qualifier, span, baseline_value, baseline_year, mid_term_value)
				values (:goal, :seq, :code, :name, :direction, :value, :unit, :year, :qualifier, :span,
				    :baseline, :baselineYear, :midTerm) returning id""")
			.param("goal", goalId)
			.param("seq", seq)
			.param("code", target.indicatorCode())
			.param("name", target.indicatorName())
			.param("direction", target.direction().code())
			.param("value", target.value(), Types.NUMERIC)
			.param("unit", target.unit())
			.param("year", target.targetYear(), Types.INTEGER)
			.param("qualifier", target.qualifier())
			.param("span", target.span())
			.param("baseline", target.baselineValue(), Types.NUMERIC)
			.param("baselineYear", target.baselineYear(), Types.INTEGER)
			.param("midTerm", target.midTermValue(), Types.NUMERIC)
			.query(Long.class)
			.single();
		for (Responsibility responsibility : target.responsibilities()) {
			jdbc.sql("insert into plan_target_responsibility (target_id, department_id, role) values (?, ?, ?)")
				.params(targetId, responsibility.departmentId(), responsibility.role().name())
				.update();
		}
	}

	public int publish(long id) {
		return jdbc.sql("update plan set status = 'PUBLISHED', published_at = now() where id = ? and status = 'DRAFT'")
			.param(id)
			.update();
	}

	/** Every target, in any plan, linked to the catalogue indicator {@code code}. */
	public List<TrackingTarget> targetsOfIndicator(String code) {
		return jdbc.sql("""
				select p.id as plan_id, p.title, p.region_code, p.status, t.id as target_id, t.indicator_name,
				    t.direction, t.value, t.unit, t.baseline_value, t.baseline_year
				from plan_target t join plan_goal g on g.id = t.goal_id join plan_area a on a.id = g.area_id
				join plan p on p.id = a.plan_id
				where t.indicator_code = ? order by p.region_code, p.id""")
			.param(code)
			.query((rs, n) -> new TrackingTarget(rs.getLong("plan_id"), rs.getString("title"),
					rs.getString("region_code"), PlanStatus.valueOf(rs.getString("status")), rs.getLong("target_id"),
					rs.getString("indicator_name"), Direction.fromCode(rs.getString("direction")),
					rs.getBigDecimal("value"), rs.getString("unit"), rs.getBigDecimal("baseline_value"),
					(Integer) rs.getObject("baseline_year", Integer.class)))
			.list();
	}

	public boolean anyPlanOf(String regionCode, PlanKind kind) {
		return jdbc.sql("select exists (select 1 from plan where region_code = ? and kind = ?)")
			.params(regionCode, kind.name())
			.query(Boolean.class)
			.single();
	}

}
