package cn.planwatch.web;

import java.util.List;

import cn.planwatch.collection.TaskStatus;

/** The tasks of one township in a county's round and their overall state. */
public record TownshipProgress(String name, List<TaskProgress> tasks) {

	public int percent() {
		return RoundProgress.percent(tasks);
	}

	public boolean approved() {
		return tasks.stream().allMatch(t -> t.task().status() == TaskStatus.APPROVED);
	}

	public boolean overdue() {
		return tasks.stream().anyMatch(TaskProgress::overdue);
	}

}
