package cn.planwatch.plan;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.plan.internal.IndicatorRepository;
import cn.planwatch.plan.internal.PlanRepository;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/** Plans of each region: reading them whole, creating them, publishing them. */
@Service
public class Plans {

	private final PlanRepository repository;

	private final IndicatorRepository indicators;

	private final Regions regions;

	private final Departments departments;

	private final ApplicationEventPublisher events;

	Plans(PlanRepository repository, IndicatorRepository indicators, Regions regions, Departments departments,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.indicators = indicators;
		this.regions = regions;
		this.departments = departments;
	}

	public List<PlanSummary> ofRegion(String regionCode) {
		return repository.ofRegion(regionCode);
	}

	public Optional<PlanSummary> findSummary(long id) {
		return repository.findSummary(id);
	}

	public Optional<PlanDetail> find(long id) {
		return repository.findDetail(id);
	}

	/** Several plans whole, read together (a city's counties side by side); keyed by id, unknown ids left out. */
	public Map<Long, PlanDetail> getAll(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : repository.findDetails(ids);
	}

	/** The targets under a goal of the regions' plans in force, each with its plan, kind and area. */
	public List<TargetArea> targetAreasInForce(Collection<String> regionCodes) {
		return regionCodes.isEmpty() ? List.of() : repository.targetAreasInForce(regionCodes);
	}

	/** The plans of several regions (summaries), by region, then as {@link #ofRegion} orders them. */
	public List<PlanSummary> ofRegions(Collection<String> regionCodes) {
		return regionCodes.isEmpty() ? List.of() : repository.ofRegions(regionCodes);
	}

	public PlanDetail get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的规划。"));
	}

	public boolean anyPlanOf(String regionCode, PlanKind kind) {
		return repository.anyPlanOf(regionCode, kind);
	}

	public List<TrackingTarget> targetsOfIndicator(String indicatorCode) {
		return repository.targetsOfIndicator(indicatorCode);
	}

	/** The targets tracking the indicator in the plans (not superseded) of the regions given. */
	public List<TrackingTarget> targetsOfIndicator(String indicatorCode, Collection<String> regionCodes) {
		return regionCodes.isEmpty() ? List.of() : repository.targetsOfIndicator(indicatorCode, regionCodes);
	}

	/** Creates a draft plan with all its areas, goals and targets, in one transaction. */
	@Transactional
	public long create(NewPlan plan) {
		check(plan);
		return repository.insert(plan);
	}

	/**
	 * Publishes a draft. A draft made from a re-imported notice replaces the plan it was made
	 * for, which is kept as superseded.
	 */
	@Transactional
	public void publish(long id) {
		PlanSummary summary = draft(id);
		repository.publish(id);
		if (summary.supersedesPlanId() != null) {
			repository.supersede(summary.supersedesPlanId());
		}
		events.publishEvent(new PlanPublished(id, summary.regionCode(), summary.supersedesPlanId()));
	}

	/** Discards a draft that was never published. */
	@Transactional
	public void deleteDraft(long id) {
		draft(id);
		repository.delete(id);
	}

	public Optional<PlanMonitoringSetup> monitoringSetup(long planId) {
		return repository.monitoringSetup(planId);
	}

	/** The plan a target belongs to. */
	public long planOfTarget(long targetId) {
		return repository.targetPlace(targetId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + targetId + " 的目标。"))
			.planId();
	}

	/** The plan a goal belongs to. */
	public long planOfGoal(long goalId) {
		return repository.goalPlace(goalId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + goalId + " 的主要目标。"))
			.planId();
	}

	/** Adds a target to a goal of a draft plan; returns its id. */
	@Transactional
	public long addTarget(long goalId, Target target) {
		var place = repository.goalPlace(goalId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + goalId + " 的主要目标。"));
		PlanSummary plan = draft(place.planId());
		checkTarget("新增目标", target, departmentIds(plan.regionCode()));
		return repository.insertTarget(place.areaId(), goalId, repository.nextTargetSeq(place.areaId(), goalId), null,
				null, target);
	}

	/** Changes a target of a draft plan: its fields, catalogue link and responsible departments. */
	@Transactional
	public void updateTarget(long targetId, Target target) {
		PlanSummary plan = draft(planOfTarget(targetId));
		checkTarget("目标“" + target.indicatorName() + "”", target, departmentIds(plan.regionCode()));
		repository.updateTarget(targetId, target);
		repository.replaceResponsibilities(targetId, target.responsibilities());
	}

	@Transactional
	public void deleteTarget(long targetId) {
		draft(planOfTarget(targetId));
		repository.deleteTarget(targetId);
	}

	@Transactional
	public void updateGoalText(long goalId, String text) {
		draft(planOfGoal(goalId));
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "主要目标的内容不能为空。");
		}
		repository.updateGoalText(goalId, text.strip());
	}

	private PlanSummary draft(long planId) {
		PlanSummary summary = findSummary(planId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + planId + " 的规划。"));
		if (summary.status() != PlanStatus.DRAFT) {
			throw new InvalidInputException("status", "规划“" + summary.title() + "”" + summary.status().label()
					+ "，不能再修改；如需更新，请导入新版本的规划文件。");
		}
		return summary;
	}

	private Set<Long> departmentIds(String regionCode) {
		return new HashSet<>(departments.ofRegion(regionCode).stream().map(Department::id).toList());
	}

	private void check(NewPlan plan) {
		regions.get(plan.regionCode());
		if (plan.title() == null || plan.title().isBlank()) {
			throw new InvalidInputException("title", "规划标题不能为空。");
		}
		if (plan.periodEnd() <= plan.periodStart()) {
			throw new InvalidInputException("period", "规划期限不正确：" + plan.periodStart() + "—" + plan.periodEnd() + "。");
		}
		Set<Long> regionDepartments = departmentIds(plan.regionCode());
		Set<Integer> ordinals = new HashSet<>();
		for (Area area : plan.areas()) {
			String where = area.ordinalLabel() + area.name();
			if (area.ordinal() < 1 || area.ordinal() > plan.kind().areaNames().size() || !ordinals.add(area.ordinal())) {
				throw new InvalidInputException("area", "领域序号不正确或重复：" + where);
			}
			Set<Integer> numbers = new HashSet<>();
			for (Goal goal : area.goals()) {
				if (goal.number() < 1 || !numbers.add(goal.number())) {
					throw new InvalidInputException("goal", where + "：目标编号不正确或重复：" + goal.number());
				}
				if (goal.text() == null || goal.text().isBlank()) {
					throw new InvalidInputException("goal", where + " 第 " + goal.number() + " 条目标的内容为空。");
				}
				for (Target target : goal.targets()) {
					checkTarget(where + " 第 " + goal.number() + " 条目标", target, regionDepartments);
				}
			}
			for (AreaStrategyTarget strategy : area.strategyTargets()) {
				checkTarget(where + " 策略措施", strategy.target(), regionDepartments);
			}
		}
	}

	private void checkTarget(String where, Target target, Set<Long> regionDepartments) {
		if (target.direction() == null) {
			throw new InvalidInputException("direction", where + "：未指定目标方向。");
		}
		if (target.indicatorName() == null || target.indicatorName().isBlank()) {
			throw new InvalidInputException("indicatorName", where + "：指标名称为空。");
		}
		if (target.direction().isBound() && target.value() == null
				&& (target.qualifier() == null || target.qualifier().isBlank())) {
			throw new InvalidInputException("value", where + "：“" + target.indicatorName() + "”的方向为"
					+ target.direction().symbol() + "，须给出目标值，或在限定语中写明比较对象。");
		}
		if (target.direction() == Direction.QUALITATIVE && target.value() != null) {
			throw new InvalidInputException("value", where + "：定性目标“" + target.indicatorName() + "”不应有目标值。");
		}
		if (target.indicatorCode() != null && indicators.find(target.indicatorCode()).isEmpty()) {
			throw new InvalidInputException("indicatorCode", where + "：指标目录中没有代码 " + target.indicatorCode() + "。");
		}
		if (target.leads().size() > 1) {
			throw new InvalidInputException("responsibility", where + "：牵头单位只能有一个。");
		}
		for (Responsibility responsibility : target.responsibilities()) {
			if (!regionDepartments.contains(responsibility.departmentId())) {
				throw new InvalidInputException("responsibility",
						where + "：责任单位（编号 " + responsibility.departmentId() + "）不是本地区的成员单位。");
			}
		}
	}

}
