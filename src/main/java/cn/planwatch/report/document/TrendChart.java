package cn.planwatch.report.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator over the years: observed series as solid lines, optionally a target line, a forecast
 * drawn dashed over its shaded interval, and a marker at the baseline year.
 *
 * @param target the target line, or {@code null}
 * @param forecast the forecast, or {@code null}
 * @param baseline the baseline marker, or {@code null}
 */
public record TrendChart(String title, String unit, List<Series> observed, TargetLine target, Forecast forecast,
		Baseline baseline) implements ChartSpec {

	public TrendChart {
		title = title == null ? "" : title;
		unit = unit == null ? "" : unit;
		observed = List.copyOf(observed);
		if (observed.isEmpty()) {
			throw new IllegalArgumentException("a trend chart needs at least one observed series");
		}
	}

	public static TrendChart of(String title, String unit, Series... observed) {
		return new TrendChart(title, unit, List.of(observed), null, null, null);
	}

	public TrendChart withTarget(TargetLine target) {
		return new TrendChart(title, unit, observed, target, forecast, baseline);
	}

	public TrendChart withForecast(Forecast forecast) {
		return new TrendChart(title, unit, observed, target, forecast, baseline);
	}

	public TrendChart withBaseline(Baseline baseline) {
		return new TrendChart(title, unit, observed, target, forecast, baseline);
	}

	public Optional<TargetLine> targetLine() {
		return Optional.ofNullable(target);
	}

	public Optional<Forecast> forecastBand() {
		return Optional.ofNullable(forecast);
	}

	public Optional<Baseline> baselineMarker() {
		return Optional.ofNullable(baseline);
	}

	/**
	 * Observed values by year; a year mapped to {@code null}, or missing between two present years,
	 * breaks the line.
	 */
	public record Series(String name, SortedMap<Integer, Double> values) {

		public Series {
			Objects.requireNonNull(name, "name");
			values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
		}

		public static Series of(String name, Map<Integer, Double> values) {
			return new Series(name, new TreeMap<>(values));
		}

		/** From parallel lists; a {@code null} value is a year without data. */
		public static Series of(String name, List<Integer> years, List<Double> values) {
			if (years.size() != values.size()) {
				throw new IllegalArgumentException(years.size() + " years but " + values.size() + " values");
			}
			SortedMap<Integer, Double> byYear = new TreeMap<>();
			for (int i = 0; i < years.size(); i++) {
				byYear.put(years.get(i), values.get(i));
			}
			return new Series(name, byYear);
		}

	}

	/** A forecast: its name in the legend (预测) and one point per future year. */
	public record Forecast(String name, List<ForecastPoint> points) {

		public Forecast {
			Objects.requireNonNull(name, "name");
			points = List.copyOf(points);
		}

		/** From parallel lists of years, central values and the interval's bounds. */
		public static Forecast of(String name, List<Integer> years, List<Double> values, List<Double> lower,
				List<Double> upper) {
			if (values.size() != years.size() || lower.size() != years.size() || upper.size() != years.size()) {
				throw new IllegalArgumentException("years, values, lower and upper must be equally long");
			}
			List<ForecastPoint> points = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				points.add(new ForecastPoint(years.get(i), values.get(i), lower.get(i), upper.get(i)));
			}
			return new Forecast(name, points);
		}

	}

	/** One forecast year: the central value and the interval around it. */
	public record ForecastPoint(int year, double value, double lower, double upper) {

		public ForecastPoint {
			if (lower > value || value > upper) {
				throw new IllegalArgumentException("expected lower ≤ value ≤ upper in " + year);
			}
		}

	}

	/** A vertical marker at the plan's baseline year, labelled (基期 2020年). */
	public record Baseline(int year, String label) {

		public Baseline {
			Objects.requireNonNull(label, "label");
		}

	}

}
