package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** UN Progress Chart (2022 and 2023+) and Eurostat categories on hand-worked examples. */
class InternationalModesTest {

	// y_b = 60 (2015), y_t = 66 (2020), y* = 90 (2030), higher is better
	private static final InternationalInput RISING = new InternationalInput(60, 2015, 66, 2020, 90.0, 2030, Polarity.HIGHER,
			true);

	@Test
	void unCurrentRatioOfSeventyPercentIsFairProgress() {
		// CAGR_a = 1.1^(1/5) − 1 = 0.019245; CAGR_r = 1.5^(1/15) − 1 = 0.027400; CR = 0.7024 ∈ [0.50, 0.95)
		assertThat(RISING.actualGrowth()).isCloseTo(0.019245, within(1e-6));
		assertThat(RISING.requiredGrowth()).isCloseTo(0.027400, within(1e-6));
		assertThat(UnProgressChart.currentRatio(RISING)).isCloseTo(0.7024, within(1e-4));
		assertThat(UnProgressChart.trend2022(RISING)).isEqualTo(UnProgressChart.Trend2022.FAIR_PROGRESS);
	}

	@Test
	void unCurrentRatioNeedsNoSpecialCaseForLowerIsBetter() {
		// MMR 100 → 80 (2015–2020), target 70 in 2030: CAGR_a = 0.8^0.2 − 1 = −0.04365, CAGR_r = 0.7^(1/15) − 1 = −0.02350
		// CR = 1.8575 ≥ 0.95 → substantial progress
		InternationalInput falling = new InternationalInput(100, 2015, 80, 2020, 70.0, 2030, Polarity.LOWER, false);
		assertThat(UnProgressChart.currentRatio(falling)).isCloseTo(1.8575, within(1e-4));
		assertThat(UnProgressChart.trend2022(falling)).isEqualTo(UnProgressChart.Trend2022.SUBSTANTIAL_PROGRESS);
		// 100 → 110: CR = 0.019245/−0.023498 = −0.819 < −0.10 → deterioration
		InternationalInput rising = new InternationalInput(100, 2015, 110, 2020, 70.0, 2030, Polarity.LOWER, false);
		assertThat(UnProgressChart.trend2022(rising)).isEqualTo(UnProgressChart.Trend2022.DETERIORATION);
		// 100 → 98: CR = −0.004032/−0.023498 = 0.1716 ∈ [−0.10, 0.50) → limited or no progress
		InternationalInput slow = new InternationalInput(100, 2015, 98, 2020, 70.0, 2030, Polarity.LOWER, false);
		assertThat(UnProgressChart.currentRatio(slow)).isCloseTo(0.1716, within(1e-4));
		assertThat(UnProgressChart.trend2022(slow)).isEqualTo(UnProgressChart.Trend2022.LIMITED_OR_NO_PROGRESS);
		// 100 → 65 meets ≤70 → target met
		InternationalInput met = new InternationalInput(100, 2015, 65, 2020, 70.0, 2030, Polarity.LOWER, false);
		assertThat(UnProgressChart.trend2022(met)).isEqualTo(UnProgressChart.Trend2022.TARGET_MET);
	}

	@Test
	void unWithoutTargetUsesTheGrowthRateWithItsSignFlippedForLowerIsBetter() {
		// c = +1.92 % > 1 % → substantial (2022); 0.5 % ≤ 1.92 % < 2 % → progress (2023)
		InternationalInput noTarget = new InternationalInput(60, 2015, 66, 2020, null, 2030, Polarity.HIGHER, true);
		assertThat(UnProgressChart.trend2022(noTarget)).isEqualTo(UnProgressChart.Trend2022.SUBSTANTIAL_PROGRESS);
		assertThat(UnProgressChart.anticipated(noTarget))
			.isEqualTo(UnProgressChart.Anticipated.PROGRESS_NEEDS_ACCELERATION);
		// lower is better and rising 1.92 %: c = −1.92 % < −1 % → deterioration
		InternationalInput worse = new InternationalInput(60, 2015, 66, 2020, null, 2030, Polarity.LOWER, false);
		assertThat(UnProgressChart.trend2022(worse)).isEqualTo(UnProgressChart.Trend2022.DETERIORATION);
		assertThat(UnProgressChart.anticipated(worse)).isEqualTo(UnProgressChart.Anticipated.STAGNATION_OR_REGRESSION);
	}

	@Test
	void unAnticipatedProgressProjectsTheGrowthRateToTheTargetYear() {
		// v̂_2030 = 66·(1 + CAGR_a)^10 = 66·1.1² = 79.86; P = (79.86 − 60)/(90 − 60) = 0.662 ∈ [0.10, 0.95)
		assertThat(UnProgressChart.projected(RISING)).isCloseTo(79.86, within(1e-9));
		assertThat(UnProgressChart.anticipatedShare(RISING)).isCloseTo(0.662, within(1e-9));
		assertThat(UnProgressChart.anticipated(RISING)).isEqualTo(UnProgressChart.Anticipated.PROGRESS_NEEDS_ACCELERATION);
	}

	@Test
	void unCountsAHundredPercentTargetWithinOnePointAsMet() {
		InternationalInput nearFull = new InternationalInput(95, 2015, 99.2, 2020, 100.0, 2030, Polarity.HIGHER, true);
		assertThat(UnProgressChart.anticipated(nearFull)).isEqualTo(UnProgressChart.Anticipated.ON_TRACK_OR_MET);
		InternationalInput notPercent = new InternationalInput(95, 2015, 95.1, 2020, 100.0, 2030, Polarity.HIGHER, false);
		// v̂ = 95.1·(95.1/95)^2 = 95.30; P = 0.30/5 = 0.06 < 0.10 → stagnation
		assertThat(UnProgressChart.anticipated(notPercent)).isEqualTo(UnProgressChart.Anticipated.STAGNATION_OR_REGRESSION);
	}

	@Test
	void unCountsAZeroPercentTargetWithinOnePointAsMet() {
		// 1.5 % (2015) → 1.0 % (2020), target 0: |1.0 − 0| ≤ 1 point → met (the bound is included)
		InternationalInput nearZero = new InternationalInput(1.5, 2015, 1.0, 2020, 0.0, 2030, Polarity.LOWER, true);
		assertThat(UnProgressChart.anticipated(nearZero)).isEqualTo(UnProgressChart.Anticipated.ON_TRACK_OR_MET);
		// not a percentage: v̂ = 1.0·(1.0/1.5)^2 = 0.4444; P = (0.4444 − 1.5)/(0 − 1.5) = 0.7037 ∈ [0.10, 0.95)
		InternationalInput notPercent = new InternationalInput(1.5, 2015, 1.0, 2020, 0.0, 2030, Polarity.LOWER, false);
		assertThat(UnProgressChart.anticipatedShare(notPercent)).isCloseTo(0.7037, within(1e-4));
		assertThat(UnProgressChart.anticipated(notPercent))
			.isEqualTo(UnProgressChart.Anticipated.PROGRESS_NEEDS_ACCELERATION);
		// 1.2 % is more than 1 point away: v̂ = 1.2·0.8^2 = 0.768; P = (0.768 − 1.5)/(−1.5) = 0.488 → progress
		InternationalInput outside = new InternationalInput(1.5, 2015, 1.2, 2020, 0.0, 2030, Polarity.LOWER, true);
		assertThat(UnProgressChart.anticipatedShare(outside)).isCloseTo(0.488, within(1e-9));
		assertThat(UnProgressChart.anticipated(outside)).isEqualTo(UnProgressChart.Anticipated.PROGRESS_NEEDS_ACCELERATION);
	}

	@Test
	void eurostatUsesSixtyPercentAsTheModerateCutOff() {
		// CR 0.7024 ∈ [0.60, 0.95) → moderate progress
		assertThat(EurostatCategories.categorise(RISING)).isEqualTo(EurostatCategories.Category.MODERATE_PROGRESS);
		// 60 → 62: CAGR_a = (62/60)^0.2 − 1 = 0.006580; RR = 0.006580/0.027400 = 0.2401 ∈ [0, 0.60) → insufficient
		InternationalInput slow = new InternationalInput(60, 2015, 62, 2020, 90.0, 2030, Polarity.HIGHER, true);
		assertThat(EurostatCategories.ratio(slow)).isCloseTo(0.2401, within(1e-4));
		assertThat(EurostatCategories.categorise(slow)).isEqualTo(EurostatCategories.Category.INSUFFICIENT_PROGRESS);
		InternationalInput away = new InternationalInput(60, 2015, 58, 2020, 90.0, 2030, Polarity.HIGHER, true);
		assertThat(EurostatCategories.categorise(away)).isEqualTo(EurostatCategories.Category.MOVEMENT_AWAY);
	}

	@Test
	void eurostatWithoutTargetSplitsAtOneAndMinusOnePercent() {
		// 100 → 103 in 5 years: c = 1.03^0.2 − 1 = 0.593 % ∈ [0, 1 %] → moderate progress
		assertThat(EurostatCategories.categorise(new InternationalInput(100, 2015, 103, 2020, null, 2030, Polarity.HIGHER, false)))
			.isEqualTo(EurostatCategories.Category.MODERATE_PROGRESS);
		// lower is better: c = −0.593 % ∈ [−1 %, 0) → moderate movement away
		assertThat(EurostatCategories.categorise(new InternationalInput(100, 2015, 103, 2020, null, 2030, Polarity.LOWER, false)))
			.isEqualTo(EurostatCategories.Category.MODERATE_MOVEMENT_AWAY);
		// 100 → 110: c = 1.92 % > 1 % → significant progress; lower is better → significant movement away
		assertThat(EurostatCategories.categorise(new InternationalInput(100, 2015, 110, 2020, null, 2030, Polarity.HIGHER, false)))
			.isEqualTo(EurostatCategories.Category.SIGNIFICANT_PROGRESS);
		assertThat(EurostatCategories.categorise(new InternationalInput(100, 2015, 110, 2020, null, 2030, Polarity.LOWER, false)))
			.isEqualTo(EurostatCategories.Category.MOVEMENT_AWAY);
	}

}
