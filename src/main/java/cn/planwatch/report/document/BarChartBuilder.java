package cn.planwatch.report.document;

import java.awt.Font;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.stream.DoubleStream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Builds the JFreeChart of a {@link BarChart}: flat bars from zero, values written above them. */
final class BarChartBuilder {

	private final ChartStyle style;

	BarChartBuilder(ChartStyle style) {
		this.style = style;
	}

	JFreeChart build(BarChart spec) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (BarChart.Bars bars : spec.series()) {
			for (int i = 0; i < spec.categories().size(); i++) {
				dataset.addValue(bars.values().get(i), bars.name(), spec.categories().get(i));
			}
		}
		boolean legend = spec.series().size() > 1;
		JFreeChart chart = ChartFactory.createBarChart(spec.title().isEmpty() ? null : spec.title(), null,
				spec.unit(), dataset, PlotOrientation.VERTICAL, legend, false, false);
		style.apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setRenderer(barRenderer(spec.series().size(), valueFormat(spec)));
		CategoryAxis categories = plot.getDomainAxis();
		categories.setMaximumCategoryLabelLines(2);
		categories.setMaximumCategoryLabelWidthRatio(1.2f);
		categories.setCategoryMargin(0.2);
		spec.targetLine().ifPresent(target -> plot.addRangeMarker(style.targetMarker(target), Layer.FOREGROUND));
		DoubleStream values = spec.series()
			.stream()
			.flatMap(bars -> bars.values().stream())
			.filter(value -> value != null)
			.mapToDouble(Double::doubleValue);
		DoubleStream target = spec.targetLine().stream().mapToDouble(TargetLine::value);
		ValueRange range = ValueRange.around(DoubleStream.concat(values, target), true);
		((NumberAxis) plot.getRangeAxis()).setRange(range.lower(), range.upper());
		return chart;
	}

	/** Whole numbers, or as many decimals (up to two) as the most precise value has. */
	static DecimalFormat valueFormat(BarChart spec) {
		int decimals = spec.series()
			.stream()
			.flatMap(bars -> bars.values().stream())
			.filter(value -> value != null && Double.isFinite(value))
			.mapToInt(value -> Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale()))
			.max()
			.orElse(0);
		return new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(Math.min(decimals, 2)));
	}

	private BarRenderer barRenderer(int seriesCount, DecimalFormat valueFormat) {
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setItemMargin(0.04);
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", valueFormat));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(style.font(Font.PLAIN, 11));
		for (int i = 0; i < seriesCount; i++) {
			renderer.setSeriesPaint(i, Palette.series(i));
		}
		return renderer;
	}

}
