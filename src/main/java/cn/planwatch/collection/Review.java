package cn.planwatch.collection;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.internal.TaskRepository;
import cn.planwatch.collection.internal.ValueRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * The statistics bureau's side of the workflow: return a submitted task with a reason, approve it
 * (its values become the monitoring database and are locked), or reopen one approved value — only
 * with a reason, which sends its task back to the department. Every step is audited.
 */
@Service
public class Review {

	private final Rounds rounds;

	private final TaskRepository tasks;

	private final ValueRepository values;

	private final ApplicationEventPublisher events;

	Review(Rounds rounds, TaskRepository tasks, ValueRepository values, ApplicationEventPublisher events) {
		this.rounds = rounds;
		this.tasks = tasks;
		this.values = values;
		this.events = events;
	}

	@Transactional
	public void returnTask(long taskId, String reason, String user) {
		Task task = submitted(taskId);
		String why = required(reason, "退回原因");
		if (!tasks.changeStatus(taskId, task.version(), TaskStatus.RETURNED, why)) {
			throw new ValueConflictException("任务状态已被他人更改，请刷新后重试。");
		}
		for (ReportedValue value : values.ofTask(taskId)) {
			values.changeStatus(value.id(), ValueStatus.DRAFT, user);
			values.audit(value.id(), user, "RETURN", value, value.value(), value.numerator(), value.denominator(),
					ValueStatus.DRAFT.name(), why);
		}
	}

	@Transactional
	public void approve(long taskId, String user) {
		Task task = submitted(taskId);
		if (!tasks.changeStatus(taskId, task.version(), TaskStatus.APPROVED, null)) {
			throw new ValueConflictException("任务状态已被他人更改，请刷新后重试。");
		}
		List<ReportedValue> approved = values.ofTask(taskId);
		for (ReportedValue value : approved) {
			values.changeStatus(value.id(), ValueStatus.APPROVED, user);
			values.audit(value.id(), user, "APPROVE", value, value.value(), value.numerator(), value.denominator(),
					ValueStatus.APPROVED.name(), null);
		}
		if (!approved.isEmpty()) {
			events.publishEvent(new MonitoringValuesChanged(task.regionCode(),
					approved.stream().map(ReportedValue::indicatorCode).collect(Collectors.toSet())));
		}
	}

	/** Unlocks one approved value; its task goes back to the department with the reason. */
	@Transactional
	public void reopen(long valueId, String reason, String user) {
		ReportedValue value = values.find(valueId)
			.orElseThrow(() -> new NotFoundException("没有编号为 " + valueId + " 的数据。"));
		String why = required(reason, "重新打开的原因");
		if (value.status() != ValueStatus.APPROVED) {
			throw new InvalidInputException("status", "该数据尚未审核通过，无需重新打开。");
		}
		values.changeStatus(valueId, ValueStatus.DRAFT, user);
		values.audit(valueId, user, "REOPEN", value, value.value(), value.numerator(), value.denominator(),
				ValueStatus.DRAFT.name(), why);
		events.publishEvent(new MonitoringValuesChanged(value.regionCode(), java.util.Set.of(value.indicatorCode())));
		if (value.taskId() != null) {
			Task task = rounds.task(value.taskId());
			if (!tasks.changeStatus(task.id(), task.version(), TaskStatus.RETURNED, "统计局重新打开数据：" + why)) {
				throw new ValueConflictException("任务状态已被他人更改，请刷新后重试。");
			}
		}
	}

	public List<ValueAudit> history(long valueId) {
		return values.history(valueId);
	}

	private Task submitted(long taskId) {
		Task task = rounds.task(taskId);
		if (task.status() != TaskStatus.SUBMITTED) {
			throw new InvalidInputException("status", "任务“" + task.departmentName() + "”" + task.status().label() + "，不能审核。");
		}
		return task;
	}

	private static String required(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("reason", "请填写" + what + "。");
		}
		return text.strip();
	}

}
