package cn.planwatch.report.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.IntSummaryStatistics;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds the JFreeChart of a {@link TrendChart}: observed series as solid lines with points, the
 * forecast dashed in the first series' colour over its shaded interval (starting from the last
 * observed value so the two join), the target as a red dashed line, the baseline year as a grey one.
 */
final class TrendChartBuilder {

	private final ChartStyle style;

	TrendChartBuilder(ChartStyle style) {
		this.style = style;
	}

	JFreeChart build(TrendChart spec) {
		XYSeriesCollection observed = new XYSeriesCollection();
		spec.observed().forEach(series -> observed.addSeries(lineOf(series)));
		JFreeChart chart = ChartFactory.createXYLineChart(spec.title().isEmpty() ? null : spec.title(), null,
				spec.unit(), observed, PlotOrientation.VERTICAL, true, false, false);
		style.apply(chart);
		XYPlot plot = chart.getXYPlot();
		plot.setRenderer(0, observedRenderer(spec.observed().size()));
		spec.forecastBand().ifPresent(forecast -> {
			plot.setDataset(1, bandOf(forecast, spec.observed().get(0)));
			plot.setRenderer(1, forecastRenderer());
		});
		spec.targetLine().ifPresent(target -> plot.addRangeMarker(style.targetMarker(target), Layer.FOREGROUND));
		spec.baselineMarker().ifPresent(baseline -> plot.addDomainMarker(baselineMarker(baseline)));
		yearAxis(plot, spec);
		valueAxis(plot, spec);
		return chart;
	}

	private static XYSeries lineOf(TrendChart.Series series) {
		XYSeries line = new XYSeries(series.name(), true, false);
		if (series.values().isEmpty()) {
			return line;
		}
		int first = series.values().firstKey();
		int last = series.values().lastKey();
		// a year without a value is added as null so the line breaks there
		IntStream.rangeClosed(first, last).forEach(year -> line.add(year, series.values().get(year)));
		return line;
	}

	private static YIntervalSeriesCollection bandOf(TrendChart.Forecast forecast, TrendChart.Series joinedTo) {
		YIntervalSeries band = new YIntervalSeries(forecast.name());
		int firstForecastYear = forecast.points().stream().mapToInt(TrendChart.ForecastPoint::year).min().orElse(0);
		joinedTo.values()
			.headMap(firstForecastYear)
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null)
			.reduce((earlier, later) -> later)
			.ifPresent(last -> band.add(last.getKey(), last.getValue(), last.getValue(), last.getValue()));
		forecast.points().forEach(point -> band.add(point.year(), point.value(), point.lower(), point.upper()));
		YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
		collection.addSeries(band);
		return collection;
	}

	private static XYLineAndShapeRenderer observedRenderer(int seriesCount) {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		for (int i = 0; i < seriesCount; i++) {
			renderer.setSeriesPaint(i, Palette.series(i));
			renderer.setSeriesStroke(i, ChartStyle.SOLID);
			renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
		}
		return renderer;
	}

	private static DeviationRenderer forecastRenderer() {
		DeviationRenderer renderer = new DeviationRenderer(true, false);
		Color colour = Palette.series(0);
		renderer.setSeriesPaint(0, colour);
		renderer.setSeriesFillPaint(0, colour);
		renderer.setSeriesStroke(0, ChartStyle.DASHED);
		renderer.setAlpha(0.18f);
		return renderer;
	}

	private ValueMarker baselineMarker(TrendChart.Baseline baseline) {
		ValueMarker marker = new ValueMarker(baseline.year(), Palette.MARKER, ChartStyle.THIN_DASHED);
		marker.setLabel(baseline.label());
		marker.setLabelFont(style.font(Font.PLAIN, 11));
		marker.setLabelPaint(Palette.MARKER);
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		marker.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
		return marker;
	}

	private static void yearAxis(XYPlot plot, TrendChart spec) {
		NumberAxis years = (NumberAxis) plot.getDomainAxis();
		years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		years.setNumberFormatOverride(new DecimalFormat("0"));
		IntStream observed = spec.observed().stream().flatMap(series -> series.values().keySet().stream())
			.mapToInt(Integer::intValue);
		IntStream forecast = spec.forecastBand().stream().flatMap(f -> f.points().stream())
			.mapToInt(TrendChart.ForecastPoint::year);
		IntStream baseline = spec.baselineMarker().stream().mapToInt(TrendChart.Baseline::year);
		IntSummaryStatistics span = IntStream.concat(observed, IntStream.concat(forecast, baseline))
			.summaryStatistics();
		if (span.getCount() > 0) {
			years.setRange(span.getMin() - 0.4, span.getMax() + 0.4);
		}
	}

	private static void valueAxis(XYPlot plot, TrendChart spec) {
		DoubleStream observed = spec.observed()
			.stream()
			.flatMap(series -> series.values().values().stream())
			.filter(value -> value != null)
			.mapToDouble(Double::doubleValue);
		DoubleStream band = spec.forecastBand()
			.stream()
			.flatMap(forecast -> forecast.points().stream())
			.flatMapToDouble(point -> DoubleStream.of(point.lower(), point.upper()));
		DoubleStream target = spec.targetLine().stream().mapToDouble(TargetLine::value);
		ValueRange range = ValueRange.around(DoubleStream.concat(observed, DoubleStream.concat(band, target)), false);
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setRange(range.lower(), range.upper());
	}

}
