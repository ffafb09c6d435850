package cn.planwatch.web;

import java.time.LocalDate;

import cn.planwatch.collection.Round;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskCompletion;
import cn.planwatch.collection.TaskStatus;

/** One task's progress for the round dashboard: how many of its cells are filled, and whether it is overdue. */
public record TaskProgress(Task task, String regionName, int cells, int filled, boolean overdue) {

	static TaskProgress of(TaskCompletion completion, String regionName, Round round, LocalDate today) {
		Task task = completion.task();
		boolean late = round.overdue(today) && task.status() != TaskStatus.SUBMITTED && task.status() != TaskStatus.APPROVED;
		return new TaskProgress(task, regionName, completion.cells(), completion.filled(), late);
	}

	public int percent() {
		return cells == 0 ? 0 : (int) Math.round(100.0 * filled / cells);
	}

}
