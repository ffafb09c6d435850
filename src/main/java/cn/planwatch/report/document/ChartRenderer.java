package cn.planwatch.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Draws a {@link ChartSpec} as a PNG with JFreeChart, its text in the CJK sans face. */
public final class ChartRenderer {

	private final TrendChartBuilder trendCharts;

	private final BarChartBuilder barCharts;

	/** Uses the fonts of this machine ({@link CjkFonts#locate()}). */
	public ChartRenderer() {
		this(CjkFonts.locate());
	}

	public ChartRenderer(CjkFonts fonts) {
		ChartStyle style = new ChartStyle(fonts.sans());
		this.trendCharts = new TrendChartBuilder(style);
		this.barCharts = new BarChartBuilder(style);
	}

	/** A PNG of exactly {@code widthPx} × {@code heightPx} pixels, fonts sized for that many pixels. */
	public byte[] png(ChartSpec spec, int widthPx, int heightPx) {
		return png(spec, widthPx, heightPx, 1);
	}

	/**
	 * A sharper PNG for print: laid out at {@code width} × {@code height} and stored {@code scale}
	 * times larger in each direction.
	 */
	public byte[] png(ChartSpec spec, int width, int height, int scale) {
		if (width <= 0 || height <= 0 || scale <= 0) {
			throw new IllegalArgumentException("width, height and scale must be positive");
		}
		JFreeChart chart = spec instanceof TrendChart trend ? trendCharts.build(trend)
				: barCharts.build((BarChart) spec);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			if (scale == 1) {
				ChartUtils.writeChartAsPNG(png, chart, width, height);
			}
			else {
				ChartUtils.writeScaledChartAsPNG(png, chart, width, height, scale, scale);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/** The chart as the writers place it: {@link PageLayout#CHART_WIDTH_MM} wide, about 200 dpi. */
	byte[] printPng(ChartSpec spec) {
		return png(spec, PageLayout.CHART_WIDTH_PX, PageLayout.CHART_HEIGHT_PX, PageLayout.CHART_SCALE);
	}

}
