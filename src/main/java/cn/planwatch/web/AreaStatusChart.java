package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;

import cn.planwatch.assessment.AreaAssessment;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.engine.AttainmentStatus;

/**
 * What the cockpit's status-by-area bar chart of a plan draws, as ECharts takes it: one row per
 * area (named with its composite rate) and one stacked series per attainment status, counting targets.
 */
record AreaStatusChart(List<String> areas, List<StatusSeries> series) {

	/** The chart as a page carries it: its data as JSON, and in words for screen readers. */
	record OnPage(String json, String description) {
	}

	/** The targets of one status in each area, with the colour its badge has on the pages. */
	record StatusSeries(String name, String color, List<Long> counts) {
	}

	private static final List<AttainmentStatus> ORDER = List.of(AttainmentStatus.ACHIEVED,
			AttainmentStatus.BASICALLY_ACHIEVED, AttainmentStatus.NOT_ACHIEVED, AttainmentStatus.NO_DATA,
			AttainmentStatus.QUALITATIVE);

	private static final List<String> COLORS = List.of("#198754", "#7fb77e", "#dc3545", "#adb5bd", "#6c757d");

	/** For screen readers: "妇女与健康 81.5%，妇女与教育 90.0%，…". */
	String description() {
		return String.join("，", areas);
	}

	static AreaStatusChart of(PlanAssessment plan, Formats fmt) {
		List<String> areas = new ArrayList<>();
		for (AreaAssessment area : plan.areas()) {
			areas.add(area.name() + " " + fmt.percent(area.rate().rate()));
		}
		List<StatusSeries> series = new ArrayList<>();
		for (int i = 0; i < ORDER.size(); i++) {
			AttainmentStatus status = ORDER.get(i);
			series.add(new StatusSeries(status.label(), COLORS.get(i),
					plan.areas().stream().map(a -> a.statusCounts().getOrDefault(status, 0L)).toList()));
		}
		return new AreaStatusChart(areas, series);
	}

}
