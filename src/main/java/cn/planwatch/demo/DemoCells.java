package cn.planwatch.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.check.CellValue;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.Polarity;

/**
 * Splits one year's figures of a region into the cells the indicator is reported in (total,
 * women and men, urban and rural, age bands) and, for a county, into its townships, so that
 * every split adds up: female + male = total, urban + rural = total, the townships' numbers =
 * the county's, cell by cell. Rates are split by numerator and denominator, counts by count;
 * other values (a life expectancy) get cells around the total and are not split by township.
 * Shares and differences between cells are drawn once per indicator, so they hold over the years.
 */
final class DemoCells {

	/** A township: its share of the county's population and how urban it is (0–1). */
	record Township(String code, double weight, double urbanShare) {

	}

	/** One year's cells of the region and of each of its townships (empty for a value that cannot be summed). */
	record Year(List<CellValue> region, Map<String, List<CellValue>> townships) {

	}

	/** One dimension of the indicator (sex, urban/rural, age): its members, their shares and relative levels. */
	private record Dimension(List<Breakdown> members, double[] shares, double[] factors, double[][] townshipSeed) {

	}

	private final Indicator indicator;

	private final List<Dimension> dimensions = new ArrayList<>();

	private final List<Township> townships;

	private final double[] townshipWeights;

	private final double[] townshipFactors;

	private final SplittableRandom random;

	DemoCells(Indicator indicator, List<Township> townships, SplittableRandom random) {
		this.indicator = indicator;
		this.townships = List.copyOf(townships);
		this.random = random;
		Map<String, List<Breakdown>> byDimension = new LinkedHashMap<>();
		for (Breakdown cell : Breakdown.of(indicator.disaggregations(), indicator.planKind())) {
			if (!cell.isTotal()) {
				byDimension.computeIfAbsent(cell.dimension(), k -> new ArrayList<>()).add(cell);
			}
		}
		byDimension.forEach((name, members) -> dimensions.add(dimension(name, members)));
		townshipWeights = new double[this.townships.size()];
		townshipFactors = new double[this.townships.size()];
		for (int i = 0; i < townshipWeights.length; i++) {
			townshipWeights[i] = this.townships.get(i).weight();
			townshipFactors[i] = 0.85 + 0.3 * random.nextDouble();
		}
	}

	/** The cells of a rate: {@code bounded} when the numerator is part of the denominator. */
	Year rate(long numerator, long denominator, boolean bounded) {
		List<CellValue> region = new ArrayList<>();
		region.add(rateCell(Breakdown.TOTAL, numerator, denominator));
		List<long[][]> memberParts = new ArrayList<>();
		for (Dimension dimension : dimensions) {
			long[] denominators = DemoSplit.allocateAtLeastOne(denominator, dimension.shares(), random);
			double[] weights = new double[denominators.length];
			for (int m = 0; m < weights.length; m++) {
				weights[m] = denominators[m] * dimension.factors()[m];
			}
			long[] numerators = DemoSplit.allocate(numerator, weights, bounded ? denominators : null, random);
			for (int m = 0; m < numerators.length; m++) {
				if (denominators[m] > 0) {
					region.add(rateCell(dimension.members().get(m), numerators[m], denominators[m]));
				}
			}
			memberParts.add(new long[][] { numerators, denominators });
		}
		Map<String, List<CellValue>> byTownship = new LinkedHashMap<>();
		if (townships.isEmpty()) {
			return new Year(region, byTownship);
		}
		long[] townshipDenominators = DemoSplit.allocate(denominator, townshipWeights, null, random);
		double[] weights = new double[townshipDenominators.length];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = townshipDenominators[i] * townshipFactors[i];
		}
		long[] townshipNumerators = DemoSplit.allocate(numerator, weights, bounded ? townshipDenominators : null, random);
		List<List<CellValue>> cells = new ArrayList<>();
		for (int i = 0; i < townships.size(); i++) {
			cells.add(new ArrayList<>());
			if (townshipDenominators[i] > 0) {
				cells.get(i).add(rateCell(Breakdown.TOTAL, townshipNumerators[i], townshipDenominators[i]));
			}
		}
		for (int d = 0; d < dimensions.size(); d++) {
			Dimension dimension = dimensions.get(d);
			long[] numerators = memberParts.get(d)[0];
			long[] denominators = memberParts.get(d)[1];
			long[][] n = DemoSplit.table(townshipNumerators, numerators, dimension.townshipSeed(), random);
			long[][] rest;
			if (bounded) {
				// split those not counted (denominator − numerator), so no township's numerator exceeds its denominator
				rest = DemoSplit.table(minus(townshipDenominators, townshipNumerators), minus(denominators, numerators),
						dimension.townshipSeed(), random);
			}
			else {
				rest = DemoSplit.table(townshipDenominators, denominators, dimension.townshipSeed(), random);
			}
			for (int i = 0; i < townships.size(); i++) {
				for (int m = 0; m < numerators.length; m++) {
					long total = bounded ? n[i][m] + rest[i][m] : rest[i][m];
					if (total > 0) {
						cells.get(i).add(rateCell(dimension.members().get(m), n[i][m], total));
					}
				}
			}
		}
		for (int i = 0; i < townships.size(); i++) {
			byTownship.put(townships.get(i).code(), cells.get(i));
		}
		return new Year(region, byTownship);
	}

	/** The cells of a count (people, institutions). */
	Year count(long count) {
		List<CellValue> region = new ArrayList<>();
		region.add(valueCell(Breakdown.TOTAL, BigDecimal.valueOf(count)));
		List<long[]> memberCounts = new ArrayList<>();
		for (Dimension dimension : dimensions) {
			long[] counts = DemoSplit.allocate(count, product(dimension.shares(), dimension.factors()), null, random);
			for (int m = 0; m < counts.length; m++) {
				region.add(valueCell(dimension.members().get(m), BigDecimal.valueOf(counts[m])));
			}
			memberCounts.add(counts);
		}
		Map<String, List<CellValue>> byTownship = new LinkedHashMap<>();
		if (townships.isEmpty()) {
			return new Year(region, byTownship);
		}
		long[] townshipCounts = DemoSplit.allocate(count, product(townshipWeights, townshipFactors), null, random);
		List<List<CellValue>> cells = new ArrayList<>();
		for (int i = 0; i < townships.size(); i++) {
			cells.add(new ArrayList<>(List.of(valueCell(Breakdown.TOTAL, BigDecimal.valueOf(townshipCounts[i])))));
		}
		for (int d = 0; d < dimensions.size(); d++) {
			Dimension dimension = dimensions.get(d);
			long[][] table = DemoSplit.table(townshipCounts, memberCounts.get(d), dimension.townshipSeed(), random);
			for (int i = 0; i < townships.size(); i++) {
				for (int m = 0; m < table[i].length; m++) {
					cells.get(i).add(valueCell(dimension.members().get(m), BigDecimal.valueOf(table[i][m])));
				}
			}
		}
		for (int i = 0; i < townships.size(); i++) {
			byTownship.put(townships.get(i).code(), cells.get(i));
		}
		return new Year(region, byTownship);
	}

	/**
	 * The cells of a value that cannot be summed (a life expectancy, years of schooling): the
	 * members lie around the total as their shares weight them, within {@code min}–{@code max}.
	 */
	Year value(double level, int scale, double min, double max) {
		List<CellValue> region = new ArrayList<>();
		region.add(valueCell(Breakdown.TOTAL, round(level, scale)));
		for (Dimension dimension : dimensions) {
			double weighted = 0;
			for (int m = 0; m < dimension.shares().length; m++) {
				weighted += dimension.shares()[m] * dimension.factors()[m];
			}
			double sum = 0;
			for (double share : dimension.shares()) {
				sum += share;
			}
			for (int m = 0; m < dimension.members().size(); m++) {
				// the factors are relative to the (share-weighted) whole; a smaller spread suits values such as ages
				double factor = 1 + (dimension.factors()[m] * sum / weighted - 1) * 0.5;
				double member = Math.max(min, Math.min(max, level * factor));
				region.add(valueCell(dimension.members().get(m), round(member, scale)));
			}
		}
		return new Year(region, Map.of());
	}

	private Dimension dimension(String name, List<Breakdown> members) {
		int n = members.size();
		double[] shares = new double[n];
		double[] factors = new double[n];
		double[][] seed = new double[townships.size()][n];
		for (double[] row : seed) {
			Arrays.fill(row, 1.0);
		}
		Polarity polarity = indicator.polarity();
		boolean lowerIsBetter = polarity == Polarity.LOWER;
		switch (name) {
			case "SEX" -> {
				shares[0] = 0.46 + 0.03 * random.nextDouble();
				shares[1] = 1 - shares[0];
				double gap = lowerIsBetter ? -(0.05 + 0.15 * random.nextDouble()) : 0.06 * (random.nextDouble() * 2 - 1);
				factors[0] = 1 + gap;
				factors[1] = 1 - gap;
			}
			case "AREA" -> {
				shares[0] = 0.38 + 0.24 * random.nextDouble();
				shares[1] = 1 - shares[0];
				double urbanAdvantage = switch (polarity) {
					case HIGHER -> 0.03 + 0.10 * random.nextDouble();
					case LOWER -> -(0.05 + 0.20 * random.nextDouble());
					case NEUTRAL -> 0.03 * (random.nextDouble() * 2 - 1);
				};
				factors[0] = 1 + urbanAdvantage;
				factors[1] = 1 - urbanAdvantage;
				for (int i = 0; i < townships.size(); i++) {
					seed[i][0] = 0.02 + townships.get(i).urbanShare();
					seed[i][1] = 1.02 - townships.get(i).urbanShare();
				}
			}
			default -> {
				double[] usual = n == 3 && members.get(0).member().startsWith("0") ? new double[] { 0.33, 0.47, 0.20 }
						: new double[] { 0.30, 0.45, 0.25 };
				for (int m = 0; m < n; m++) {
					shares[m] = (m < usual.length ? usual[m] : 1.0 / n) * (0.9 + 0.2 * random.nextDouble());
					factors[m] = 0.8 + 0.4 * random.nextDouble();
				}
			}
		}
		return new Dimension(members, shares, factors, seed);
	}

	private static CellValue rateCell(Breakdown breakdown, long numerator, long denominator) {
		return new CellValue(breakdown, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

	private static CellValue valueCell(Breakdown breakdown, BigDecimal value) {
		return new CellValue(breakdown, value, null, null);
	}

	static BigDecimal round(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	private static long[] minus(long[] a, long[] b) {
		long[] result = new long[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] - b[i];
		}
		return result;
	}

	private static double[] product(double[] a, double[] b) {
		double[] result = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] * b[i];
		}
		return result;
	}

}
