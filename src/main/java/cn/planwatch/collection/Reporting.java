package cn.planwatch.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.check.CellValue;
import cn.planwatch.collection.check.Finding;
import cn.planwatch.collection.check.IndicatorFacts;
import cn.planwatch.collection.check.Severity;
import cn.planwatch.collection.check.ValueChecker;
import cn.planwatch.collection.internal.IndicatorFactsSource;
import cn.planwatch.collection.internal.RuleRepository;
import cn.planwatch.collection.internal.TaskRepository;
import cn.planwatch.collection.internal.ValueRepository;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Region;
import cn.planwatch.region.RegionLevel;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/**
 * A department filling its task: saving drafts (by form, workbook or API alike), seeing what the
 * checks find, and submitting. Two people editing one value at once never lose an update: a save
 * names the version it started from, and a save against a newer version is refused as a conflict.
 */
@Service
public class Reporting {

	private final Rounds rounds;

	private final TaskRepository tasks;

	private final ValueRepository values;

	private final RuleRepository rules;

	private final IndicatorFactsSource facts;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	Reporting(Rounds rounds, TaskRepository tasks, ValueRepository values, RuleRepository rules,
			IndicatorFactsSource facts, IndicatorCatalogue catalogue, Regions regions) {
		this.rounds = rounds;
		this.tasks = tasks;
		this.values = values;
		this.rules = rules;
		this.facts = facts;
		this.catalogue = catalogue;
		this.regions = regions;
	}

	/** The cells each indicator of a task is reported in, in order. */
	public Map<String, List<Breakdown>> cells(Task task) {
		Map<String, List<Breakdown>> cells = new LinkedHashMap<>();
		for (Task.TaskIndicator item : task.indicators()) {
			Indicator indicator = catalogue.get(item.code());
			cells.put(item.code(), Breakdown.of(indicator.disaggregations(), indicator.planKind()));
		}
		return cells;
	}

	/**
	 * Every task of a round with the cells it must report and those filled so far (a value, or a rate's
	 * numerator and denominator), read with one query for the values and one for the catalogue.
	 */
	public List<TaskCompletion> completion(long roundId) {
		Round round = rounds.get(roundId);
		List<Task> roundTasks = rounds.tasks(roundId);
		Map<String, Indicator> indicators = catalogue.all()
			.stream()
			.collect(Collectors.toMap(Indicator::code, i -> i));
		Map<String, Long> filled = values
			.ofRegions(roundTasks.stream().map(Task::regionCode).distinct().toList(), round.year())
			.stream()
			.filter(v -> v.value() != null || (v.numerator() != null && v.denominator() != null))
			.collect(Collectors.groupingBy(v -> v.regionCode() + "|" + v.indicatorCode(), Collectors.counting()));
		List<TaskCompletion> completion = new ArrayList<>();
		for (Task task : roundTasks) {
			int cells = 0;
			int done = 0;
			for (Task.TaskIndicator item : task.indicators()) {
				Indicator indicator = indicators.get(item.code());
				cells += indicator == null ? 0 : Breakdown.of(indicator.disaggregations(), indicator.planKind()).size();
				done += filled.getOrDefault(task.regionCode() + "|" + item.code(), 0L).intValue();
			}
			completion.add(new TaskCompletion(task, cells, done));
		}
		return completion;
	}

	public List<ReportedValue> values(long taskId) {
		Task task = rounds.task(taskId);
		Round round = rounds.get(task.roundId());
		return values.of(task.regionCode(), round.year(), task.indicators().stream().map(Task.TaskIndicator::code).toList());
	}

	public ReportedValue value(long id) {
		return values.find(id).orElseThrow(() -> new cn.planwatch.shared.NotFoundException("没有编号为 " + id + " 的数据。"));
	}

	/**
	 * Last year's approved values of the task's indicators in the task's region, for reference:
	 * key {@code indicatorCode|breakdownKey}, value as the indicator reads (a rate from its counts).
	 */
	public Map<String, BigDecimal> lastYear(long taskId) {
		Task task = rounds.task(taskId);
		Round round = rounds.get(task.roundId());
		Map<String, BigDecimal> lastYear = new LinkedHashMap<>();
		values.of(task.regionCode(), round.year() - 1, task.indicators().stream().map(Task.TaskIndicator::code).toList())
			.stream()
			.filter(v -> v.status() == ValueStatus.APPROVED)
			.forEach(v -> {
				BigDecimal value = v.cell().effective(IndicatorFacts.of(catalogue.get(v.indicatorCode()), null, null));
				if (value != null) {
					lastYear.put(v.indicatorCode() + "|" + v.breakdown().key(), value);
				}
			});
		return lastYear;
	}

	/** Saves cells as a draft; returns what the checks find now (nothing blocks a draft). */
	@Transactional
	public List<Finding> save(long taskId, List<CellInput> inputs, String user) {
		Task task = rounds.task(taskId);
		Round round = rounds.get(task.roundId());
		if (!task.status().editable()) {
			throw new InvalidInputException("status", "任务“" + task.departmentName() + "”" + task.status().label() + "，不能再修改数据。");
		}
		if (!round.open()) {
			throw new InvalidInputException("status", round.year() + " 年监测轮次已关闭，不能再修改数据。");
		}
		Map<String, List<Breakdown>> allowed = cells(task);
		for (CellInput input : inputs) {
			List<Breakdown> breakdowns = allowed.get(input.indicatorCode());
			if (breakdowns == null) {
				throw new InvalidInputException("indicatorCode", "指标 " + input.indicatorCode() + " 不在“"
						+ task.departmentName() + "”本次的填报任务中。");
			}
			if (breakdowns.stream().noneMatch(b -> b.key().equals(input.breakdownKey()))) {
				throw new InvalidInputException("breakdown", "指标 " + input.indicatorCode() + " 没有分组 " + input.breakdownKey() + "。");
			}
			saveCell(task, round.year(), input, user);
		}
		if (task.status() == TaskStatus.NOT_STARTED && !tasks.changeStatus(task.id(), task.version(), TaskStatus.DRAFT, null)) {
			throw new ValueConflictException("任务状态已被他人更改，请刷新后重试。");
		}
		return check(taskId);
	}

	private void saveCell(Task task, int year, CellInput input, String user) {
		String name = catalogue.get(input.indicatorCode()).name() + "（" + Breakdown.fromKey(input.breakdownKey()).label() + "）";
		var existing = values.find(task.regionCode(), input.indicatorCode(), year, input.breakdownKey());
		if (existing.isPresent()) {
			ReportedValue before = existing.get();
			if (before.status() == ValueStatus.APPROVED) {
				throw new InvalidInputException("status", "“" + name + "”已审核通过并锁定；如需更改，请统计局说明原因后重新打开。");
			}
			if (input.expectedVersion() == null || input.expectedVersion() != before.version()) {
				throw conflict(name, before);
			}
			if (!values.update(before.id(), before.version(), input.value(), input.numerator(), input.denominator(),
					input.source(), input.note(), input.explanation(), ValueStatus.DRAFT, task.id(), user)) {
				throw conflict(name, values.find(before.id()).orElse(before));
			}
			if (changed(before, input)) {
				values.audit(before.id(), user, "EDIT", before, input.value(), input.numerator(), input.denominator(),
						ValueStatus.DRAFT.name(), null);
			}
			return;
		}
		if (input.value() == null && input.numerator() == null && input.denominator() == null) {
			return;
		}
		long id;
		try {
			id = values.insert(task.regionCode(), input.indicatorCode(), year, input.breakdownKey(), input.value(),
					input.numerator(), input.denominator(), input.source(), input.note(), input.explanation(),
					ValueStatus.DRAFT, "REPORTED", task.departmentId(), task.id(), user);
		}
		catch (DuplicateKeyException ex) {
			throw conflict(name, values.find(task.regionCode(), input.indicatorCode(), year, input.breakdownKey()).orElseThrow());
		}
		values.audit(id, user, "EDIT", null, input.value(), input.numerator(), input.denominator(), ValueStatus.DRAFT.name(),
				null);
	}

	private static boolean changed(ReportedValue before, CellInput input) {
		return !same(before.value(), input.value()) || !same(before.numerator(), input.numerator())
				|| !same(before.denominator(), input.denominator());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static ValueConflictException conflict(String name, ReportedValue current) {
		return new ValueConflictException("“" + name + "”已被 " + current.updatedBy() + " 于 "
				+ current.updatedAt().toLocalDateTime().toString().replace('T', ' ').substring(0, 16)
				+ " 修改，您看到的是旧数据；请刷新后再修改，以免覆盖他人的更改。");
	}

	/** What the checks find for every indicator of the task, hard findings first. */
	public List<Finding> check(long taskId) {
		Task task = rounds.task(taskId);
		Round round = rounds.get(task.roundId());
		Region region = regions.get(task.regionCode());
		String planRegion = region.level() == RegionLevel.TOWNSHIP ? region.parentCode() : region.code();
		Map<String, IndicatorFacts> indicatorFacts = facts.forRegion(planRegion);
		ValueChecker checker = new ValueChecker(rules.all());
		Map<String, List<ReportedValue>> byIndicator = values(taskId).stream()
			.collect(Collectors.groupingBy(ReportedValue::indicatorCode, LinkedHashMap::new, Collectors.toList()));
		List<Finding> findings = new ArrayList<>();
		for (Task.TaskIndicator item : task.indicators()) {
			IndicatorFacts indicator = indicatorFacts.get(item.code());
			List<CellValue> cells = byIndicator.getOrDefault(item.code(), List.of())
				.stream()
				.map(ReportedValue::cell)
				.toList();
			List<BigDecimal> history = values.approvedTotalsBefore(task.regionCode(), item.code(), round.year())
				.stream()
				.map(v -> v.cell().effective(indicator))
				.filter(v -> v != null)
				.toList();
			findings.addAll(checker.check(indicator, cells, history));
		}
		findings.sort(Comparator.comparing(f -> f.severity() == Severity.HARD ? 0 : 1));
		return findings;
	}

	/**
	 * Submits the task for review. Refused while hard findings remain, or while a soft finding's
	 * cell has no explanation.
	 */
	@Transactional
	public void submit(long taskId, String user) {
		Task task = rounds.task(taskId);
		if (!task.status().editable()) {
			throw new InvalidInputException("status", "任务“" + task.departmentName() + "”" + task.status().label() + "，不能重复提交。");
		}
		List<Finding> findings = check(taskId);
		List<Finding> hard = findings.stream().filter(Finding::blocks).toList();
		if (!hard.isEmpty()) {
			throw new SubmissionRefusedException("有 " + hard.size() + " 处错误，修改后才能提交。", hard);
		}
		List<ReportedValue> current = values(taskId);
		Set<String> explained = current.stream()
			.filter(v -> v.explanation() != null && !v.explanation().isBlank())
			.map(v -> v.indicatorCode() + "|" + v.breakdown().key())
			.collect(Collectors.toSet());
		List<Finding> unexplained = findings.stream()
			.filter(f -> !explained.contains(f.indicatorCode() + "|" + f.breakdown().key()))
			.toList();
		if (!unexplained.isEmpty()) {
			throw new SubmissionRefusedException("有 " + unexplained.size() + " 处提醒尚未填写说明，请在对应数据的“说明”中写明原因后再提交。",
					unexplained);
		}
		if (!tasks.changeStatus(task.id(), task.version(), TaskStatus.SUBMITTED, task.returnReason())) {
			throw new ValueConflictException("任务状态已被他人更改，请刷新后重试。");
		}
		for (ReportedValue value : current) {
			values.changeStatus(value.id(), ValueStatus.SUBMITTED, user);
			values.audit(value.id(), user, "SUBMIT", value, value.value(), value.numerator(), value.denominator(),
					ValueStatus.SUBMITTED.name(), null);
		}
	}

}
