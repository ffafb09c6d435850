package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DemoSeriesTest {

	/** Screening at 58 % in 2020, to reach at least 70 % by 2030: 1.2 points a year needed. */
	static final DemoSeries.Course SCREENING = new DemoSeries.Course(58, 70.0, 1, 1.3, 0, 100);

	@Test
	void everySeriesStartsAtTheBaselineAndCoversSixYears() {
		for (DemoTrajectory trajectory : EnumSet.complementOf(EnumSet.of(DemoTrajectory.ALREADY_MET))) {
			DemoSeries series = DemoSeries.follow(SCREENING, trajectory, new SplittableRandom(1));

			assertThat(series.levels()).hasSize(6);
			assertThat(series.level(2020)).isEqualTo(58.0);
		}
	}

	@Test
	void onTrackMakesAtLeastTheNeededProgressAndLaggingFarLess() {
		for (long seed = 0; seed < 50; seed++) {
			double onTrack = DemoSeries.follow(SCREENING, DemoTrajectory.ON_TRACK, new SplittableRandom(seed)).level(2025);
			double lagging = DemoSeries.follow(SCREENING, DemoTrajectory.LAGGING, new SplittableRandom(seed)).level(2025);

			assertThat(onTrack).isGreaterThanOrEqualTo(58 + 5 * 1.2 - 0.3);
			assertThat(lagging).isLessThan(58 + 5 * 1.2 * 0.5);
		}
	}

	@Test
	void erraticSeriesSwingMoreThanTheNeededYearlyChange() {
		for (long seed = 0; seed < 50; seed++) {
			double[] levels = DemoSeries.follow(SCREENING, DemoTrajectory.ERRATIC, new SplittableRandom(seed)).levels();
			double largest = 0;
			int turns = 0;
			for (int t = 1; t < levels.length; t++) {
				largest = Math.max(largest, Math.abs(levels[t] - levels[t - 1]));
				if (t > 1 && Math.signum(levels[t] - levels[t - 1]) != Math.signum(levels[t - 1] - levels[t - 2])) {
					turns++;
				}
			}
			assertThat(largest).isGreaterThan(1.2 * 1.5);
			assertThat(turns).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void aReversingSeriesEndsWorseThanItStarted() {
		for (long seed = 0; seed < 50; seed++) {
			DemoSeries series = DemoSeries.follow(SCREENING, DemoTrajectory.REVERSING, new SplittableRandom(seed));

			assertThat(series.level(2025)).isLessThan(58);
			assertThat(series.level(2021)).isGreaterThan(58 - 0.2);
		}
	}

	@Test
	void aTargetMetAtBaselineStaysMet() {
		DemoSeries.Course mortality = new DemoSeries.Course(9.2, 10.0, -1, 0.37, 0, 100);
		for (long seed = 0; seed < 50; seed++) {
			DemoSeries series = DemoSeries.of(mortality, new SplittableRandom(seed));

			assertThat(series.trajectory()).isEqualTo(DemoTrajectory.ALREADY_MET);
			assertThat(Arrays.stream(series.levels()).boxed().toList()).allMatch(level -> level <= 10.0);
		}
	}

	@Test
	void levelsStayWithinTheirNaturalBounds() {
		DemoSeries.Course coverage = new DemoSeries.Course(97, 100.0, 1, 0.1, 0, 100);
		DemoSeries.Course rare = new DemoSeries.Course(0.6, 0.0, -1, 0.03, 0, 100);
		for (long seed = 0; seed < 200; seed++) {
			assertThat(Arrays.stream(DemoSeries.of(coverage, new SplittableRandom(seed)).levels()).boxed().toList()).allMatch(x -> x >= 0 && x <= 100);
			assertThat(Arrays.stream(DemoSeries.of(rare, new SplittableRandom(seed)).levels()).boxed().toList()).allMatch(x -> x >= 0 && x <= 100);
		}
	}

	@Test
	void theChoiceMixesTrajectoriesAndKeepsAMaintainedValueSteady() {
		Set<DemoTrajectory> seen = EnumSet.noneOf(DemoTrajectory.class);
		for (long seed = 0; seed < 100; seed++) {
			seen.add(DemoSeries.choose(SCREENING, new SplittableRandom(seed)));
		}
		DemoSeries.Course share = new DemoSeries.Course(46.8, null, 0, 1, 0, 100);

		assertThat(seen).containsExactlyInAnyOrder(DemoTrajectory.ON_TRACK, DemoTrajectory.LAGGING, DemoTrajectory.ERRATIC,
				DemoTrajectory.REVERSING);
		assertThat(DemoSeries.choose(share, new SplittableRandom(1))).isEqualTo(DemoTrajectory.STEADY);
	}

}
