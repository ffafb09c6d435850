package cn.planwatch.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

	Plans(PlanRepository repository, IndicatorRepository indicators, Regions regions, Departments departments) {
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

	public PlanDetail get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的规划。"));
	}

	public boolean anyPlanOf(String regionCode, PlanKind kind) {
		return repository.anyPlanOf(regionCode, kind);
	}

	public List<TrackingTarget> targetsOfIndicator(String indicatorCode) {
		return repository.targetsOfIndicator(indicatorCode);
	}

	/** Creates a draft plan with all its areas, goals and targets, in one transaction. */
	@Transactional
	public long create(NewPlan plan) {
		check(plan);
		return repository.insert(plan);
	}

	@Transactional
	public void publish(long id) {
		PlanSummary summary = findSummary(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的规划。"));
		if (summary.status() == PlanStatus.PUBLISHED) {
			throw new InvalidInputException("status", "规划“" + summary.title() + "”已经发布。");
		}
		repository.publish(id);
	}

	private void check(NewPlan plan) {
		regions.get(plan.regionCode());
		if (plan.title() == null || plan.title().isBlank()) {
			throw new InvalidInputException("title", "规划标题不能为空。");
		}
		if (plan.periodEnd() <= plan.periodStart()) {
			throw new InvalidInputException("period", "规划期限不正确：" + plan.periodStart() + "—" + plan.periodEnd() + "。");
		}
		Set<Long> regionDepartments = new HashSet<>(
				departments.ofRegion(plan.regionCode()).stream().map(Department::id).toList());
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
		}
	}

	private void checkTarget(String where, Target target, Set<Long> regionDepartments) {
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
		for (Responsibility responsibility : target.responsibilities()) {
			if (!regionDepartments.contains(responsibility.departmentId())) {
				throw new InvalidInputException("responsibility",
						where + "：责任单位（编号 " + responsibility.departmentId() + "）不是本地区的成员单位。");
			}
		}
	}

}
