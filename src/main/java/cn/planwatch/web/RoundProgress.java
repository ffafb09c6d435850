package cn.planwatch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.planwatch.collection.Round;
import cn.planwatch.collection.TaskCompletion;
import cn.planwatch.region.Region;

/**
 * A round's data completeness: the progress of the region's own departments, of each township
 * below it, and the count of tasks per status — for the round dashboard and the cockpit.
 */
public record RoundProgress(Round round, Region region, List<TaskProgress> departments,
		List<TownshipProgress> townships, Map<String, Long> byStatus) {

	static RoundProgress of(Round round, Region region, List<TaskCompletion> completion,
			Map<String, String> regionNames, LocalDate today) {
		List<TaskProgress> all = completion.stream()
			.map(c -> TaskProgress.of(c, regionNames.getOrDefault(c.task().regionCode(), c.task().regionCode()), round,
					today))
			.toList();
		Map<String, List<TaskProgress>> byTownship = new LinkedHashMap<>();
		all.stream()
			.filter(p -> !p.task().regionCode().equals(region.code()))
			.forEach(p -> byTownship.computeIfAbsent(p.regionName(), k -> new ArrayList<>()).add(p));
		return new RoundProgress(round, region,
				all.stream().filter(p -> p.task().regionCode().equals(region.code())).toList(),
				byTownship.entrySet().stream().map(e -> new TownshipProgress(e.getKey(), e.getValue())).toList(),
				all.stream().collect(Collectors.groupingBy(p -> p.task().status().name(), Collectors.counting())));
	}

	/** Filled cells of all tasks, in percent. */
	public int percent() {
		List<TaskProgress> all = new ArrayList<>(departments);
		townships.forEach(t -> all.addAll(t.tasks()));
		return percent(all);
	}

	public long overdueTasks() {
		return departments.stream().filter(TaskProgress::overdue).count()
				+ townships.stream().flatMap(t -> t.tasks().stream()).filter(TaskProgress::overdue).count();
	}

	static int percent(List<TaskProgress> tasks) {
		int cells = tasks.stream().mapToInt(TaskProgress::cells).sum();
		int filled = tasks.stream().mapToInt(TaskProgress::filled).sum();
		return cells == 0 ? 0 : (int) Math.round(100.0 * filled / cells);
	}

}
