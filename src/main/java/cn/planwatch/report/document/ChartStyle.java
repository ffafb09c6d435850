package cn.planwatch.report.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** The look of every chart: the CJK sans face at sizes fit for print, white plot, light grid. */
final class ChartStyle {

	static final Stroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

	static final Stroke DASHED = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 7f, 5f }, 0f);

	static final Stroke THIN_DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
			new float[] { 5f, 4f }, 0f);

	/** Behind marker labels, so a label stays readable over bars and lines. */
	static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 225);

	private final FontFile face;

	ChartStyle(FontFile face) {
		this.face = face;
	}

	Font font(int style, float size) {
		return face.awtFont(style, size);
	}

	/** Applies fonts and colours to a chart just made by a ChartFactory method. */
	void apply(JFreeChart chart) {
		StandardChartTheme theme = new StandardChartTheme("planwatch");
		theme.setExtraLargeFont(font(Font.BOLD, 16));
		theme.setLargeFont(font(Font.PLAIN, 13));
		theme.setRegularFont(font(Font.PLAIN, 12));
		theme.setSmallFont(font(Font.PLAIN, 11));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(Palette.GRID);
		theme.setRangeGridlinePaint(Palette.GRID);
		theme.setAxisLabelPaint(Color.BLACK);
		theme.setTickLabelPaint(Color.BLACK);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setShadowVisible(false);
		theme.apply(chart);
		Plot plot = chart.getPlot();
		plot.setOutlineVisible(false);
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(BlockBorder.NONE);
		}
	}

	/** A labelled horizontal line at a target value. */
	ValueMarker targetMarker(TargetLine target) {
		ValueMarker marker = new ValueMarker(target.value(), Palette.TARGET, DASHED);
		marker.setLabel(target.label());
		marker.setLabelFont(font(Font.BOLD, 12));
		marker.setLabelPaint(Palette.TARGET);
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
		marker.setLabelBackgroundColor(LABEL_BACKGROUND);
		return marker;
	}

}
