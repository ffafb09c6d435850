package cn.planwatch.report.document;

/** What a chart shows; {@link ChartRenderer} draws it. */
public sealed interface ChartSpec permits TrendChart, BarChart {

	/** The title drawn above the plot, or an empty string when the caption says enough. */
	String title();

	/** The value axis label, usually the unit (%, ‰, 人). */
	String unit();

}
