package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Theil–Sen, Mann–Kendall and Garwood figures worked by hand. */
class StatisticsGoldenTest {

	@Test
	void theilSenTakesTheMedianPairwiseSlopeAndIgnoresTheOutlierYear() {
		// x = 0..4, y = 10, 12, 13, 15, 30 (last year an outlier)
		// pairwise slopes: (0,1)=2 (0,2)=1.5 (0,3)=5/3 (0,4)=5 (1,2)=1 (1,3)=1.5 (1,4)=6 (2,3)=2 (2,4)=8.5 (3,4)=15
		// sorted: 1, 1.5, 1.5, 1.667, 2, 2, 5, 6, 8.5, 15 → median (2 + 2)/2 = 2
		// intercept: median(y − 2x) = median(10, 10, 9, 9, 22) = 10
		TheilSen line = TheilSen.fit(new double[] { 0, 1, 2, 3, 4 }, new double[] { 10, 12, 13, 15, 30 }, 0.95);
		assertThat(line.slope()).isEqualTo(2.0);
		assertThat(line.intercept()).isEqualTo(10.0);
		assertThat(line.at(10)).isEqualTo(30.0);
		// slope CI: Var(S) = 5·4·15/18 = 16.667, C = 1.95996·√16.667 = 8.0016, N = 10
		// M1 = (10 − 8.0016)/2 = 0.9992 → rank clamped to 1 → slope 1; M2 + 1 = 10.0008 → rank 10 → slope 15
		assertThat(line.slopeLower()).isEqualTo(1.0);
		assertThat(line.slopeUpper()).isEqualTo(15.0);
		// the band rotates about the pivot (x̃ = 2, 10 + 2·2 = 14): at x = 10 it is 14 + 8·[1, 15] = [22, 134]
		assertThat(line.lowerAt(10)).isEqualTo(22.0);
		assertThat(line.upperAt(10)).isEqualTo(134.0);
	}

	@Test
	void mannKendallCountsConcordantPairsAndCorrectsForContinuity() {
		// y = 10, 12, 13, 15, 30: every pair rises → S = 10; Var(S) = 5·4·(2·5+5)/18 = 300/18 = 16.667
		// Z = (10 − 1)/√16.667 = 9/4.0825 = 2.2045; p = 2(1 − Φ(2.2045)) = 2(1 − 0.98625) = 0.0275
		MannKendall test = MannKendall.test(new double[] { 10, 12, 13, 15, 30 });
		assertThat(test.s()).isEqualTo(10);
		assertThat(test.variance()).isCloseTo(16.6667, within(1e-4));
		assertThat(test.z()).isCloseTo(2.2045, within(1e-4));
		assertThat(test.pValue()).isCloseTo(0.0275, within(1e-4));
		assertThat(test.significant(0.05)).isTrue();
	}

	@Test
	void mannKendallVarianceDropsForTiedValues() {
		// y = 1, 2, 2, 3: pairs +,+,+,0,+,+ → S = 5
		// one tie group of 2: Var = [4·3·13 − 2·1·9]/18 = (156 − 18)/18 = 7.6667; Z = 4/√7.6667 = 1.4446
		MannKendall test = MannKendall.test(new double[] { 1, 2, 2, 3 });
		assertThat(test.s()).isEqualTo(5);
		assertThat(test.variance()).isCloseTo(7.6667, within(1e-4));
		assertThat(test.z()).isCloseTo(1.4446, within(1e-4));
		assertThat(test.significant(0.05)).isFalse();
	}

	@Test
	void aFlatSeriesHasNoTrendAndZeroVariance() {
		// all four values tied: Var = [4·3·13 − 4·3·13]/18 = 0 → Z = 0, p = 1
		MannKendall test = MannKendall.test(new double[] { 50, 50, 50, 50 });
		assertThat(test.s()).isZero();
		assertThat(test.variance()).isZero();
		assertThat(test.pValue()).isEqualTo(1.0);
	}

	@Test
	void garwoodIntervalForOneEventIsClosedForm() {
		// k = 1, 95 %: lower = χ²_{0.025}(2)/2 = −ln(0.975) = 0.025318
		// upper = χ²_{0.975}(4)/2 = u with e^{−u}(1 + u) = 0.025 → u = 5.571643
		Interval count = PoissonInterval.ofCount(1, 0.95);
		assertThat(count.lower()).isCloseTo(-Math.log(0.975), within(1e-6));
		assertThat(count.upper()).isCloseTo(5.571643, within(1e-5));
		assertThat(Math.exp(-count.upper()) * (1 + count.upper())).isCloseTo(0.025, within(1e-8));
	}

	@Test
	void garwoodIntervalForZeroEventsStartsAtZero() {
		// k = 0: lower 0, upper = χ²_{0.975}(2)/2 = −ln(0.025) = 3.688879
		Interval count = PoissonInterval.ofCount(0, 0.95);
		assertThat(count.lower()).isZero();
		assertThat(count.upper()).isCloseTo(-Math.log(0.025), within(1e-6));
	}

	@Test
	void oneMaternalDeathInThreeThousandBirthsSpansAlmostTwoHundredPer100k() {
		// 1/3000 × 10万 = 33.33; interval [0.025318, 5.571643] × 10万/3000 = [0.844, 185.72]
		Interval rate = PoissonInterval.ofRate(new Counts(1, 3000, 100_000), 0.95);
		assertThat(rate.lower()).isCloseTo(0.8439, within(1e-3));
		assertThat(rate.upper()).isCloseTo(185.72, within(1e-2));
		assertThat(rate.contains(12)).isTrue();
	}

	@Test
	void twoDeathsInFifteenThousandBirthsMatchTheMethodsNote() {
		// rate 2/15000 × 10万 = 13.33 ("13.3/10万")
		// k = 2: [χ²_{0.025}(4)/2, χ²_{0.975}(6)/2] = [0.2422, 7.2247]; × 10万/15000 → [1.61, 48.16] ("1.6–48/10万")
		assertThat(new Counts(2, 15_000, 100_000).rate()).isCloseTo(13.33, within(0.01));
		Interval rate = PoissonInterval.ofRate(new Counts(2, 15_000, 100_000), 0.95);
		assertThat(rate.lower()).isCloseTo(1.61, within(0.01));
		assertThat(rate.upper()).isCloseTo(48.16, within(0.01));
	}

}
