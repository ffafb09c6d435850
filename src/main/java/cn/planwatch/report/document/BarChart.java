package cn.planwatch.report.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values by category as bars: one series (composite attainment rate by area) or several side by side
 * (female and male), optionally with a target line across.
 *
 * @param target the target line, or {@code null}
 */
public record BarChart(String title, String unit, List<String> categories, List<Bars> series, TargetLine target)
		implements ChartSpec {

	public BarChart {
		title = title == null ? "" : title;
		unit = unit == null ? "" : unit;
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		if (series.isEmpty()) {
			throw new IllegalArgumentException("a bar chart needs at least one series");
		}
		for (Bars bars : series) {
			if (bars.values().size() != categories.size()) {
				throw new IllegalArgumentException(
						"series " + bars.name() + " has " + bars.values().size() + " values for "
								+ categories.size() + " categories");
			}
		}
	}

	public static BarChart of(String title, String unit, List<String> categories, Bars... series) {
		return new BarChart(title, unit, categories, List.of(series), null);
	}

	public BarChart withTarget(TargetLine target) {
		return new BarChart(title, unit, categories, series, target);
	}

	public Optional<TargetLine> targetLine() {
		return Optional.ofNullable(target);
	}

	/** One series: a value per category, in the categories' order; {@code null} draws no bar. */
	public record Bars(String name, List<Double> values) {

		public Bars {
			Objects.requireNonNull(name, "name");
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}

		public static Bars of(String name, Double... values) {
			return new Bars(name, Arrays.asList(values));
		}

	}

}
