package cn.planwatch.plan.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.plan.Area;
import cn.planwatch.plan.AreaStrategyTarget;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanMonitoringSetup;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;
import cn.planwatch.plan.TargetArea;
import cn.planwatch.plan.TrackingTarget;

/** SQL for plans, areas, goals, targets and responsibilities. */
@Repository
public class PlanRepository {

	private static final String SUMMARY = """
			select p.*,
			    (select count(*) from plan_goal g join plan_area a on a.id = g.area_id where a.plan_id = p.id) as goal_count,
			    (select count(*) from plan_target t join plan_area a on a.id = t.area_id
			     where a.plan_id = p.id and t.goal_id is not null) as target_count
			from plan p
			""";

	private static final RowMapper<PlanSummary> SUMMARY_ROW = (rs, n) -> new PlanSummary(rs.getLong("id"),
			rs.getString("region_code"), PlanKind.valueOf(rs.getString("kind")), rs.getString("title"),
			rs.getInt("period_start"), rs.getInt("period_end"), PlanStatus.valueOf(rs.getString("status")),
			rs.getString("source_document"), rs.getBoolean("demo"), rs.getInt("goal_count"), rs.getInt("target_count"),
			(Long) rs.getObject("supersedes_plan_id", Long.class), (Long) rs.getObject("source_import_id", Long.class));

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

	/** Summaries of the plans of several regions, in one query. */
	public List<PlanSummary> ofRegions(Collection<String> regionCodes) {
		return jdbc.sql(SUMMARY + " where p.region_code = any(?) order by p.region_code, p.kind desc, p.period_start desc, p.id")
			.param(regionCodes.toArray(String[]::new))
			.query(SUMMARY_ROW)
			.list();
	}

	/** The targets under a goal of the regions' published plans, each with its plan, kind and area. */
	public List<TargetArea> targetAreasInForce(Collection<String> regionCodes) {
		return jdbc.sql("""
				select t.id, p.id as plan_id, p.kind, a.ordinal
				from plan p join plan_area a on a.plan_id = p.id join plan_target t on t.area_id = a.id
				where p.region_code = any(?) and p.status = 'PUBLISHED' and t.goal_id is not null""")
			.param(regionCodes.toArray(String[]::new))
			.query((rs, n) -> new TargetArea(rs.getLong("id"), rs.getLong("plan_id"), PlanKind.valueOf(rs.getString("kind")),
					rs.getInt("ordinal")))
			.list();
	}

	public Optional<PlanDetail> findDetail(long id) {
		return Optional.ofNullable(findDetails(List.of(id)).get(id));
	}

	/** Several plans whole, with five queries however many there are; keyed by id, in the order asked for. */
	public Map<Long, PlanDetail> findDetails(Collection<Long> ids) {
		Long[] planIds = ids.toArray(Long[]::new);
		Map<Long, PlanSummary> summaries = new LinkedHashMap<>();
		jdbc.sql(SUMMARY + " where p.id = any(?)")
			.param(planIds)
			.query(SUMMARY_ROW)
			.list()
			.forEach(summary -> summaries.put(summary.id(), summary));
		Map<Long, List<Area>> areas = areasOf(planIds);
		Map<Long, PlanDetail> details = new LinkedHashMap<>();
		for (Long id : ids) {
			PlanSummary summary = summaries.get(id);
			if (summary != null) {
				details.put(id, new PlanDetail(summary, areas.getOrDefault(id, List.of())));
			}
		}
		return details;
	}

	/** The areas of the plans, with their goals, targets and responsibilities; keyed by plan. */
	private Map<Long, List<Area>> areasOf(Long[] planIds) {
		Map<Long, List<Responsibility>> responsibilities = new LinkedHashMap<>();
		jdbc.sql("""
				select r.target_id, r.department_id, d.name, r.role
				from plan_target_responsibility r
				join region_department d on d.id = r.department_id
				join plan_target t on t.id = r.target_id
				join plan_area a on a.id = t.area_id
				where a.plan_id = any(?)
				order by r.role desc, d.name""").param(planIds).query(rs -> {
			responsibilities.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>())
				.add(new Responsibility(rs.getLong("department_id"), rs.getString("name"),
						Responsibility.Role.valueOf(rs.getString("role"))));
		});
		Map<Long, List<Target>> targets = new LinkedHashMap<>();
		Map<Long, List<AreaStrategyTarget>> strategyTargets = new LinkedHashMap<>();
		jdbc.sql("""
				select t.* from plan_target t join plan_area a on a.id = t.area_id
				where a.plan_id = any(?) order by t.area_id, t.goal_id nulls last, t.seq""").param(planIds).query(rs -> {
			long id = rs.getLong("id");
			Target target = new Target(id, rs.getString("indicator_code"), rs.getString("indicator_name"),
					Direction.fromCode(rs.getString("direction")), rs.getBigDecimal("value"), rs.getString("unit"),
					(Integer) rs.getObject("target_year", Integer.class), rs.getString("qualifier"),
					rs.getString("span"), rs.getBigDecimal("baseline_value"),
					(Integer) rs.getObject("baseline_year", Integer.class), rs.getBigDecimal("mid_term_value"),
					responsibilities.getOrDefault(id, List.of()));
			Long goalId = (Long) rs.getObject("goal_id", Long.class);
			if (goalId != null) {
				targets.computeIfAbsent(goalId, k -> new ArrayList<>()).add(target);
			}
			else {
				strategyTargets.computeIfAbsent(rs.getLong("area_id"), k -> new ArrayList<>())
					.add(new AreaStrategyTarget(rs.getInt("strategy_measure"), rs.getString("strategy_sentence"), target));
			}
		});
		Map<Long, List<Goal>> goals = new LinkedHashMap<>();
		jdbc.sql("""
				select g.* from plan_goal g join plan_area a on a.id = g.area_id
				where a.plan_id = any(?) order by g.area_id, g.number""").param(planIds).query(rs -> {
			long id = rs.getLong("id");
			goals.computeIfAbsent(rs.getLong("area_id"), k -> new ArrayList<>())
				.add(new Goal(id, rs.getInt("number"), rs.getString("text"), targets.getOrDefault(id, List.of())));
		});
		Map<Long, List<Area>> areas = new LinkedHashMap<>();
		jdbc.sql("select * from plan_area where plan_id = any(?) order by plan_id, ordinal").param(planIds).query(rs -> {
			long id = rs.getLong("id");
			areas.computeIfAbsent(rs.getLong("plan_id"), k -> new ArrayList<>())
				.add(new Area(id, rs.getInt("ordinal"), rs.getString("name"), goals.getOrDefault(id, List.of()),
						strategyTargets.getOrDefault(id, List.of())));
		});
		return areas;
	}

	public long insert(NewPlan plan) {
		long planId = jdbc.sql("""
				insert into plan (region_code, kind, title, period_start, period_end, source_document, demo,
				    source_import_id, supersedes_plan_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(plan.regionCode(), plan.kind().name(), plan.title(), plan.periodStart(), plan.periodEnd(),
					plan.sourceDocument(), plan.demo(), plan.sourceImportId(), plan.supersedesPlanId())
			.query(Long.class)
			.single();
		if (plan.monitoring() != null) {
			saveMonitoringSetup(planId, plan.monitoring());
		}
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
					insertTarget(areaId, goalId, seq++, null, null, target);
				}
			}
			int seq = 1;
			for (AreaStrategyTarget strategy : area.strategyTargets()) {
				insertTarget(areaId, null, seq++, strategy.measure(), strategy.sentence(), strategy.target());
			}
		}
		return planId;
	}

	public long insertTarget(long areaId, Long goalId, int seq, Integer measure, String sentence, Target target) {
		long targetId = jdbc.sql("""
				insert into plan_target (area_id, goal_id, seq, strategy_measure, strategy_sentence, indicator_code,
				    indicator_name, direction, value, unit, target_year, qualifier, span, baseline_value, baseline_year,
				    mid_term_value)
				values (:area, :goal, :seq, :measure, :sentence, :code, :name, :direction, :value, :unit, :year,
				    :qualifier, :span, :baseline, :baselineYear, :midTerm) returning id""")
			.param("area", areaId)
			.param("goal", goalId, Types.BIGINT)
			.param("seq", seq)
			.param("measure", measure, Types.INTEGER)
			.param("sentence", sentence)
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
		replaceResponsibilities(targetId, target.responsibilities());
		return targetId;
	}

	public void replaceResponsibilities(long targetId, List<Responsibility> responsibilities) {
		jdbc.sql("delete from plan_target_responsibility where target_id = ?").param(targetId).update();
		for (Responsibility responsibility : responsibilities) {
			jdbc.sql("insert into plan_target_responsibility (target_id, department_id, role) values (?, ?, ?)")
				.params(targetId, responsibility.departmentId(), responsibility.role().name())
				.update();
		}
	}

	/** Changes a target's own fields (not its place, not its departments). */
	public void updateTarget(long targetId, Target target) {
		jdbc.sql("""
				update plan_target set indicator_code = :code, indicator_name = :name, direction = :direction,
				    value = :value, unit = :unit, target_year = :year, qualifier = :qualifier,
				    baseline_value = :baseline, baseline_year = :baselineYear, mid_term_value = :midTerm
				where id = :id""")
			.param("id", targetId)
			.param("code", target.indicatorCode())
			.param("name", target.indicatorName())
			.param("direction", target.direction().code())
			.param("value", target.value(), Types.NUMERIC)
			.param("unit", target.unit())
			.param("year", target.targetYear(), Types.INTEGER)
			.param("qualifier", target.qualifier())
			.param("baseline", target.baselineValue(), Types.NUMERIC)
			.param("baselineYear", target.baselineYear(), Types.INTEGER)
			.param("midTerm", target.midTermValue(), Types.NUMERIC)
			.update();
	}

	public void deleteTarget(long targetId) {
		jdbc.sql("delete from plan_target where id = ?").param(targetId).update();
	}

	/** The plan, area and goal a target belongs to, if the target exists. */
	public Optional<TargetPlace> targetPlace(long targetId) {
		return jdbc.sql("""
				select a.plan_id, t.area_id, t.goal_id from plan_target t join plan_area a on a.id = t.area_id
				where t.id = ?""")
			.param(targetId)
			.query((rs, n) -> new TargetPlace(rs.getLong("plan_id"), rs.getLong("area_id"),
					(Long) rs.getObject("goal_id", Long.class)))
			.optional();
	}

	/** The plan and area a goal belongs to, if the goal exists. */
	public Optional<TargetPlace> goalPlace(long goalId) {
		return jdbc.sql("select a.plan_id, g.area_id, g.id from plan_goal g join plan_area a on a.id = g.area_id where g.id = ?")
			.param(goalId)
			.query((rs, n) -> new TargetPlace(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

	public int nextTargetSeq(long areaId, Long goalId) {
		return jdbc.sql("select coalesce(max(seq), 0) + 1 from plan_target where area_id = ? and goal_id is not distinct from ?")
			.params(areaId, goalId)
			.query(Integer.class)
			.single();
	}

	public void updateGoalText(long goalId, String text) {
		jdbc.sql("update plan_goal set text = ? where id = ?").params(text, goalId).update();
	}

	public int supersede(long planId) {
		return jdbc.sql("update plan set status = 'SUPERSEDED' where id = ? and status = 'PUBLISHED'").param(planId).update();
	}

	public void delete(long planId) {
		jdbc.sql("delete from plan where id = ?").param(planId).update();
	}

	private void saveMonitoringSetup(long planId, PlanMonitoringSetup setup) {
		jdbc.sql("""
				insert into plan_monitoring_setup (plan_id, annual_monitoring, mid_term, final_evaluation, evaluation_years,
				    monitoring_lead, evaluation_lead, leadership_group, database_levels, sex_disaggregated,
				    age_disaggregated, early_warning, publication, evidence)
				values (:plan, :annual, :midTerm, :final, :years, :monitoringLead, :evaluationLead, :leadership,
				    :levels, :sex, :age, :warning, :publication, :evidence)""")
			.param("plan", planId)
			.param("annual", setup.annualMonitoring())
			.param("midTerm", setup.midTermEvaluation())
			.param("final", setup.finalEvaluation())
			.param("years", setup.evaluationYears().toArray(Integer[]::new))
			.param("monitoringLead", setup.monitoringLead())
			.param("evaluationLead", setup.evaluationLead())
			.param("leadership", setup.leadershipGroup())
			.param("levels", setup.databaseLevels().toArray(String[]::new))
			.param("sex", setup.sexDisaggregated())
			.param("age", setup.ageDisaggregated())
			.param("warning", setup.earlyWarning())
			.param("publication", setup.publication())
			.param("evidence", setup.evidence().toArray(String[]::new))
			.update();
	}

	public Optional<PlanMonitoringSetup> monitoringSetup(long planId) {
		return jdbc.sql("select * from plan_monitoring_setup where plan_id = ?")
			.param(planId)
			.query((rs, n) -> new PlanMonitoringSetup(rs.getBoolean("annual_monitoring"), rs.getBoolean("mid_term"),
					rs.getBoolean("final_evaluation"), List.of((Integer[]) rs.getArray("evaluation_years").getArray()),
					rs.getString("monitoring_lead"), rs.getString("evaluation_lead"), rs.getBoolean("leadership_group"),
					List.of((String[]) rs.getArray("database_levels").getArray()), rs.getBoolean("sex_disaggregated"),
					rs.getBoolean("age_disaggregated"), rs.getBoolean("early_warning"), rs.getBoolean("publication"),
					List.of((String[]) rs.getArray("evidence").getArray())))
			.optional();
	}

	public int publish(long id) {
		return jdbc.sql("update plan set status = 'PUBLISHED', published_at = now() where id = ? and status = 'DRAFT'")
			.param(id)
			.update();
	}

	/** Every target, in any plan, linked to the catalogue indicator {@code code}. */
	public List<TrackingTarget> targetsOfIndicator(String code) {
		return targetsOfIndicator(code, null);
	}

	/** The targets tracking the indicator in plans not superseded, of the regions given (all when null). */
	public List<TrackingTarget> targetsOfIndicator(String code, Collection<String> regionCodes) {
		return jdbc.sql("""
				select p.id as plan_id, p.title, p.region_code, p.status, t.id as target_id, t.indicator_name,
				    t.direction, t.value, t.unit, t.baseline_value, t.baseline_year
				from plan_target t join plan_area a on a.id = t.area_id join plan p on p.id = a.plan_id
				where t.indicator_code = :code and t.goal_id is not null and p.status <> 'SUPERSEDED'
				    and (cast(:regions as text[]) is null or p.region_code = any(:regions))
				order by p.region_code, p.id""")
			.param("code", code)
			.param("regions", regionCodes == null ? null : regionCodes.toArray(String[]::new))
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
