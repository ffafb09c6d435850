package cn.planwatch.report.document;

import java.util.stream.DoubleStream;

/** The value axis range a chart needs to show all its values, its target and some room around them. */
record ValueRange(double lower, double upper) {

	/** Spans the values with 12 % room; never dips below zero when all values are positive. */
	static ValueRange around(DoubleStream values, boolean fromZero) {
		double[] all = values.filter(Double::isFinite).toArray();
		double min = DoubleStream.of(all).min().orElse(0);
		double max = DoubleStream.of(all).max().orElse(1);
		if (fromZero) {
			min = Math.min(0, min);
			max = Math.max(0, max);
		}
		double span = max - min;
		double room = span > 0 ? span * 0.12 : Math.max(Math.abs(max) * 0.1, 1);
		double lower = fromZero && min >= 0 ? 0 : min - room;
		if (min >= 0 && lower < 0) {
			lower = 0;
		}
		return new ValueRange(lower, max + room);
	}

}
