package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Properties over generated series (fixed seeds, so a failure names a reproducible case). */
class AssessmentEnginePropertiesTest {

	private static final int CASES = 500;

	private final AssessmentEngine engine = new AssessmentEngine(Settings.defaults());

	@Test
	void aPercentageMovingStraightToItsTargetIsNeverWarned() {
		SplittableRandom random = new SplittableRandom(20250501);
		for (int i = 0; i < CASES; i++) {
			double baseline = 10 + random.nextDouble() * 50;
			double target = baseline + 5 + random.nextDouble() * (90 - baseline - 5);
			int year = 2022 + random.nextInt(8);
			Series.Builder series = Series.builder();
			for (int y = 2020; y <= year; y++) {
				// keep the baseline and the assessment year; drop some years in between
				if (y == 2020 || y == year || random.nextInt(4) > 0) {
					series.value(y, baseline + (target - baseline) * (y - 2020) / 10.0);
				}
			}
			TargetSpec spec = TargetSpec.builder("比例").unit("%").target(Direction.AT_LEAST, target).baseline(2020, null)
				.bounds(Bounds.PERCENT).build();
			Assessment result = engine.assess(spec, series.build(), year);
			String label = "case " + i + ": " + baseline + " → " + target + " at " + year;
			if (result.forecast() != null) {
				assertThat(result.progress()).as(label).isEqualTo(ProgressCategory.ON_TRACK);
				assertThat(result.warnings()).as(label).isEmpty();
			}
			else {
				assertThat(result.warnings()).as(label).extracting(Warning::rule).containsOnly(WarningRule.TOO_FEW_POINTS);
			}
		}
	}

	@Test
	void aMortalityRateFallingGeometricallyToItsTargetIsNeverWarned() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < CASES; i++) {
			double baseline = 10 + random.nextDouble() * 90;
			double target = baseline * (0.3 + random.nextDouble() * 0.6);
			int year = 2022 + random.nextInt(8);
			Series.Builder series = Series.builder();
			for (int y = 2020; y <= year; y++) {
				series.value(y, baseline * Math.pow(target / baseline, (y - 2020) / 10.0));
			}
			TargetSpec spec = TargetSpec.builder("死亡率").unit("/10万").target(Direction.AT_MOST, target).baseline(2020, null)
				.bounds(Bounds.NON_NEGATIVE).build();
			Assessment result = engine.assess(spec, series.build(), year);
			String label = "case " + i + ": " + baseline + " → " + target + " at " + year;
			assertThat(result.forecast().scale()).as(label).isEqualTo(TrendScale.LOG);
			assertThat(result.progress()).as(label).isEqualTo(ProgressCategory.ON_TRACK);
			assertThat(result.warnings()).as(label).isEmpty();
		}
	}

	@Test
	void aSeriesMovingAwayFromItsTargetIsAlwaysReversing() {
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < CASES; i++) {
			boolean higherIsBetter = random.nextBoolean();
			double baseline = 30 + random.nextDouble() * 30;
			double target = higherIsBetter ? baseline + 5 + random.nextDouble() * 30 : baseline - 5 - random.nextDouble() * 20;
			int year = 2022 + random.nextInt(8);
			Series.Builder series = Series.builder();
			double value = baseline;
			for (int y = 2020; y <= year; y++) {
				series.value(y, value);
				double step = 0.1 + random.nextDouble() * 2.9;
				value += higherIsBetter ? -step : step;
			}
			TargetSpec spec = TargetSpec.builder("比例")
				.unit("%")
				.target(higherIsBetter ? Direction.AT_LEAST : Direction.AT_MOST, target)
				.baseline(2020, null)
				.bounds(Bounds.PERCENT)
				.build();
			Assessment result = engine.assess(spec, series.build(), year);
			String label = "case " + i + ": " + (higherIsBetter ? "≥" : "≤") + target + " from " + baseline + " at " + year;
			assertThat(result.progress()).as(label).isEqualTo(ProgressCategory.REVERSING);
			assertThat(result.hasWarning(WarningRule.REVERSING)).as(label).isTrue();
			assertThat(result.forecast().share()).as(label).isNegative();
		}
	}

	@Test
	void aWiderToleranceNeverLowersTheCompositeRate() {
		SplittableRandom random = new SplittableRandom(99);
		TargetSpec spec = TargetSpec.builder("比例").unit("%").target(Direction.AT_LEAST, 80.0).baseline(2020, 60.0)
			.bounds(Bounds.PERCENT).build();
		Baseline baseline = new Baseline(2020, 60.0);
		for (int i = 0; i < CASES; i++) {
			double value = 60 + random.nextDouble() * 30;
			double narrow = random.nextDouble() * 0.1;
			double wide = narrow + random.nextDouble() * 0.1;
			AttainmentStatus strict = Attainment.judge(spec, baseline, value, Settings.defaults().withTolerance(ToleranceKind.RELATIVE_TO_TARGET, narrow));
			AttainmentStatus lenient = Attainment.judge(spec, baseline, value, Settings.defaults().withTolerance(ToleranceKind.RELATIVE_TO_TARGET, wide));
			if (strict.countsAsAttained()) {
				assertThat(lenient.countsAsAttained()).as("value %s, τ %s → %s", value, narrow, wide).isTrue();
			}
		}
	}

}
