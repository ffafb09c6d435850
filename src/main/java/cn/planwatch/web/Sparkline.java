package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A small trend line of yearly values, drawn as inline SVG in a {@value #WIDTH}×{@value #HEIGHT} box:
 * the polyline's points, the last point (marked), and the target's height where a target is given
 * (the range always includes it, so the line shows how far the values are from it).
 */
record Sparkline(String points, double lastX, double lastY, Double targetY) {

	static final int WIDTH = 240;

	static final int HEIGHT = 40;

	private static final double PAD = 3;

	/** The line of the values by year (years may be missing); {@code null} without values. */
	static Sparkline of(NavigableMap<Integer, Double> values, Double target) {
		if (values.isEmpty()) {
			return null;
		}
		double min = values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		if (target != null) {
			min = Math.min(min, target);
			max = Math.max(max, target);
		}
		int first = values.firstKey();
		int span = values.lastKey() - first;
		List<String> points = new ArrayList<>();
		double x = 0;
		double y = 0;
		for (Map.Entry<Integer, Double> entry : values.entrySet()) {
			x = span == 0 ? WIDTH / 2.0 : PAD + (WIDTH - 2 * PAD) * (entry.getKey() - first) / span;
			y = y(entry.getValue(), min, max);
			points.add(format(x) + "," + format(y));
		}
		return new Sparkline(String.join(" ", points), round(x), round(y), target == null ? null : round(y(target, min, max)));
	}

	private static double y(double value, double min, double max) {
		if (max == min) {
			return HEIGHT / 2.0;
		}
		return PAD + (HEIGHT - 2 * PAD) * (max - value) / (max - min);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String format(double value) {
		return String.valueOf(round(value));
	}

}
