package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DemoCountsTest {

	@Test
	void oneMaternalDeathMeetsABaselineOf14Point3WithAboutSevenThousandBirths() {
		long births = DemoCounts.fit(14.3, 100_000, 4_000, true);

		assertThat(births).isBetween(6_950L, 7_030L);
		assertThat(Math.round(14.3 * births / 100_000)).isEqualTo(1);
	}

	@Test
	void aLargeDenominatorIsKeptAsItIs() {
		assertThat(DemoCounts.fit(67.1, 100, 107_772, true)).isBetween(107_700L, 107_850L);
	}

	@Test
	void rareEventsComeInSmallWholeNumbersThatJumpFromYearToYear() {
		DemoSeries level = new DemoSeries(DemoTrajectory.ON_TRACK, new double[] { 14.3, 14, 13.5, 13, 12.5, 12 });

		DemoCounts counts = DemoCounts.ofRate(level, 100_000, 4_000, DemoScales.Drift.BIRTHS, true, true,
				new SplittableRandom(7));

		assertThat(counts.numerators()[0]).isEqualTo(1);
		assertThat(Arrays.stream(counts.numerators()).boxed().toList()).allMatch(deaths -> deaths >= 0 && deaths <= 6);
		assertThat(counts.denominators()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	@Test
	void aPoissonDrawAveragesItsMean() {
		SplittableRandom random = new SplittableRandom(8);
		long sum = 0;
		for (int i = 0; i < 10_000; i++) {
			sum += DemoCounts.poisson(0.6, random);
		}
		assertThat(sum / 10_000.0).isBetween(0.55, 0.65);
	}

}
