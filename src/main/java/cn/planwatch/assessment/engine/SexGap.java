package cn.planwatch.assessment.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gap between women and men for an indicator disaggregated by sex, over the years where both sexes
 * have a value: per year the female value f, the male value m, the difference d = f − m (taken on the
 * decimal values, so equal gaps are exactly equal) and the ratio f / m ({@code null} when m = 0).
 * <p>
 * With two or more such years, the trend of the gap: the Theil–Sen slope of d per year
 * ({@code differenceSlope}) and of |d| ({@code gapSlope}); the gap is narrowing when the slope of |d| is
 * negative, widening when it is positive. The gap is neutral: which sex is ahead is not judged, only how
 * far apart they are. With one year there is no trend; with none the result is empty.
 */
public record SexGap(String indicator, String unit, List<YearGap> years, GapTrend trend) {

	public SexGap {
		Objects.requireNonNull(indicator, "indicator");
		unit = unit == null ? "" : unit;
		years = List.copyOf(years);
	}

	/** One year's values of both sexes. */
	public record YearGap(int year, double female, double male, double difference, Double ratio) {
	}

	/** Theil–Sen slopes per year of d and of |d| over the compared years {@code firstYear..lastYear}. */
	public record GapTrend(int firstYear, int lastYear, int points, double differenceSlope, double gapSlope) {

		/** |d| is falling. */
		public boolean narrowing() {
			return gapSlope < 0;
		}

		/** |d| is rising. */
		public boolean widening() {
			return gapSlope > 0;
		}

	}

	/** Compares the female and male series of {@code indicator}, measured in {@code unit} ("%" for percentages). */
	public static SexGap compare(String indicator, String unit, Series female, Series male) {
		List<YearGap> years = new ArrayList<>();
		for (Observation f : female.all()) {
			male.at(f.year()).ifPresent(m -> years.add(yearGap(f.year(), f.value(), m.value())));
		}
		return new SexGap(indicator, unit, years, years.size() < 2 ? null : trend(years));
	}

	private static YearGap yearGap(int year, double female, double male) {
		double difference = BigDecimal.valueOf(female).subtract(BigDecimal.valueOf(male)).doubleValue();
		return new YearGap(year, female, male, difference, male == 0 ? null : female / male);
	}

	private static GapTrend trend(List<YearGap> years) {
		int n = years.size();
		double[] x = new double[n];
		double[] d = new double[n];
		double[] gap = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = years.get(i).year();
			d[i] = years.get(i).difference();
			gap[i] = Math.abs(d[i]);
		}
		// only the slopes are used; the confidence level of TheilSen's slope interval does not matter here
		double differenceSlope = TheilSen.fit(x, d, 0.95).slope();
		double gapSlope = TheilSen.fit(x, gap, 0.95).slope();
		return new GapTrend(years.get(0).year(), years.get(n - 1).year(), n, differenceSlope, gapSlope);
	}

	/** No year with values of both sexes. */
	public boolean isEmpty() {
		return years.isEmpty();
	}

	/** The latest year with values of both sexes. */
	public Optional<YearGap> latest() {
		return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
	}

	/**
	 * E.g. "基本养老保险参保率：2024年女性为49%、男性为51.9%，女性比男性低2.9个百分点（比值0.94）；2020—2024年差距年均缩小
	 * 0.51个百分点（Theil–Sen稳健趋势，5个可比年份）。" Differences of percentages are in 个百分点, others in the unit.
	 */
	public String describe() {
		if (years.isEmpty()) {
			return indicator + "：女性和男性没有同一年份的数据，无可比数据。";
		}
		YearGap latest = years.get(years.size() - 1);
		String comparison = latest.difference() > 0 ? "女性比男性高" + amount(latest.difference())
				: latest.difference() < 0 ? "女性比男性低" + amount(-latest.difference()) : "女性与男性持平";
		String ratio = latest.ratio() == null ? "男性为0，无比值" : "比值" + Figures.format(latest.ratio());
		return indicator + "：" + latest.year() + "年女性为" + Figures.withUnit(latest.female(), unit) + "、男性为"
				+ Figures.withUnit(latest.male(), unit) + "，" + comparison + "（" + ratio + "）；" + trendText() + "。";
	}

	private String trendText() {
		if (trend == null) {
			return "仅有1个可比年份，不计算差距趋势";
		}
		String change = trend.narrowing() ? "差距年均缩小" + amount(-trend.gapSlope())
				: trend.widening() ? "差距年均扩大" + amount(trend.gapSlope()) : "差距无缩小或扩大趋势";
		return trend.firstYear() + "—" + trend.lastYear() + "年" + change + "（Theil–Sen稳健趋势，" + trend.points() + "个可比年份）";
	}

	private String amount(double value) {
		return Figures.format(value) + ("%".equals(unit) ? "个百分点" : unit);
	}

}
