package cn.planwatch.collection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.check.IndicatorFacts;
import cn.planwatch.collection.check.Rollup;
import cn.planwatch.collection.internal.IndicatorFactsSource;
import cn.planwatch.collection.internal.RoundRepository;
import cn.planwatch.collection.internal.TaskRepository;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.RegionLevel;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * Annual monitoring rounds: the statistics bureau opens one for a region and year, and a task is
 * generated for every department responsible for an indicator target of the plans in force — the
 * lead department reports; assisting departments too when asked. A county's townships get tasks
 * for the indicators that can be summed up to the county (counts, and rates by their numerators
 * and denominators), given to the township department of the lead's kind or else its office.
 */
@Service
public class Rounds {

	private final RoundRepository rounds;

	private final TaskRepository tasks;

	private final Plans plans;

	private final Regions regions;

	private final Departments departments;

	private final IndicatorFactsSource facts;

	Rounds(RoundRepository rounds, TaskRepository tasks, Plans plans, Regions regions, Departments departments,
			IndicatorFactsSource facts) {
		this.rounds = rounds;
		this.tasks = tasks;
		this.plans = plans;
		this.regions = regions;
		this.departments = departments;
		this.facts = facts;
	}

	@Transactional
	public Round open(String regionCode, int year, LocalDate deadline, boolean includeAssisting, String note,
			String user) {
		Region region = regions.get(regionCode);
		if (rounds.find(regionCode, year).isPresent()) {
			throw new InvalidInputException("year", region.name() + " " + year + " 年的监测轮次已经开启。");
		}
		if (deadline == null) {
			throw new InvalidInputException("deadline", "请填写截止日期。");
		}
		Map<Long, Map<String, String>> byDepartment = new LinkedHashMap<>();
		Map<String, String> leadKindOf = new LinkedHashMap<>();
		Map<Long, Department> regionDepartments = new LinkedHashMap<>();
		departments.ofRegion(regionCode).forEach(d -> regionDepartments.put(d.id(), d));
		plans.ofRegion(regionCode)
			.stream()
			.filter(p -> p.status() == PlanStatus.PUBLISHED)
			.forEach(p -> plans.get(p.id()).targets().filter(t -> t.indicatorCode() != null).forEach(t -> {
				for (Responsibility r : t.responsibilities()) {
					boolean lead = r.role() == Responsibility.Role.LEAD;
					if (lead || includeAssisting) {
						byDepartment.computeIfAbsent(r.departmentId(), k -> new LinkedHashMap<>())
							.merge(t.indicatorCode(), lead ? "LEAD" : "ASSIST", (a, b) -> a.equals("LEAD") ? a : b);
					}
					if (lead && regionDepartments.containsKey(r.departmentId())) {
						leadKindOf.putIfAbsent(t.indicatorCode(), regionDepartments.get(r.departmentId()).kindCode());
					}
				}
			}));
		if (byDepartment.isEmpty()) {
			throw new InvalidInputException("region", region.name() + "的现行规划中没有指定责任单位的目录指标，无法生成填报任务："
					+ "请先在规划审核中关联目录指标并指定牵头单位。");
		}
		long roundId = rounds.insert(regionCode, year, deadline, note, user);
		byDepartment.forEach((department, indicators) -> tasks.insert(roundId, department, indicators));
		if (region.level() == RegionLevel.COUNTY) {
			townshipTasks(roundId, regionCode, leadKindOf);
		}
		return rounds.find(roundId).orElseThrow();
	}

	private void townshipTasks(long roundId, String countyCode, Map<String, String> leadKindOf) {
		Map<String, IndicatorFacts> indicatorFacts = facts.forRegion(countyCode);
		for (Region township : regions.children(countyCode)) {
			Map<String, Department> byKind = new LinkedHashMap<>();
			departments.ofRegion(township.code()).forEach(d -> byKind.putIfAbsent(d.kindCode(), d));
			Map<Long, Map<String, String>> byDepartment = new LinkedHashMap<>();
			leadKindOf.forEach((code, kind) -> {
				IndicatorFacts indicator = indicatorFacts.get(code);
				if (indicator == null || !Rollup.summable(indicator)) {
					return;
				}
				Department department = Optional.ofNullable(byKind.get(kind))
					.orElse(byKind.get("township-office"));
				if (department != null) {
					byDepartment.computeIfAbsent(department.id(), k -> new LinkedHashMap<>()).put(code, "LEAD");
				}
			});
			byDepartment.forEach((department, indicators) -> tasks.insert(roundId, department, indicators));
		}
	}

	@Transactional
	public void close(long roundId) {
		get(roundId);
		rounds.close(roundId);
	}

	public Optional<Round> find(long id) {
		return rounds.find(id);
	}

	public Round get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的监测轮次。"));
	}

	public Optional<Round> find(String regionCode, int year) {
		return rounds.find(regionCode, year);
	}

	public List<Round> ofRegions(List<String> regionCodes) {
		return rounds.ofRegions(regionCodes);
	}

	public List<Task> tasks(long roundId) {
		return tasks.ofRound(roundId);
	}

	public Task task(long taskId) {
		return tasks.find(taskId).orElseThrow(() -> new NotFoundException("没有编号为 " + taskId + " 的填报任务。"));
	}

	public List<Task> tasksOfDepartment(long departmentId) {
		return tasks.ofDepartment(departmentId);
	}

}
