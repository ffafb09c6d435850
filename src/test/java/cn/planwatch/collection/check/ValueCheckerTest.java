package cn.planwatch.collection.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.planwatch.collection.Breakdown;

class ValueCheckerTest {

	private static final IndicatorFacts MATERNAL = new IndicatorFacts("W-1-01", "孕产妇死亡率", "1/10万",
			new BigDecimal("100000"), "孕产妇死亡人数", "活产数", "<=", new BigDecimal("12"));

	private static final IndicatorFacts SCREENING = new IndicatorFacts("W-1-04", "宫颈癌筛查率", "%", null, null, null,
			">=", new BigDecimal("70"));

	private static final IndicatorFacts CADRES = new IndicatorFacts("W-4-09", "女干部人数", "名", null, null, null, null,
			null);

	private final ValueChecker standard = new ValueChecker(Arrays.stream(RuleKind.values()).map(Rule::standard).toList());

	private static BigDecimal n(String number) {
		return number == null ? null : new BigDecimal(number);
	}

	private static CellValue total(String value) {
		return new CellValue(Breakdown.TOTAL, n(value), null, null);
	}

	private static CellValue rate(Breakdown breakdown, String numerator, String denominator) {
		return new CellValue(breakdown, null, n(numerator), n(denominator));
	}

	private static List<BigDecimal> history(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	private static List<RuleKind> kinds(List<Finding> findings) {
		return findings.stream().map(Finding::rule).toList();
	}

	@Test
	void aCompleteValueInRangePasses() {
		assertThat(standard.check(SCREENING, List.of(total("72.5")), history("60", "63", "66", "70"))).isEmpty();
	}

	@Test
	void aRateNeedsBothNumeratorAndDenominator() {
		List<Finding> findings = standard.check(MATERNAL, List.of(rate(Breakdown.TOTAL, "1", null)), List.of());

		assertThat(kinds(findings)).containsExactly(RuleKind.REQUIRED);
		assertThat(findings.get(0).message()).contains("孕产妇死亡人数").contains("活产数");
		assertThat(findings.get(0).blocks()).isTrue();
	}

	@Test
	void aPercentageAboveAHundredIsRefused() {
		List<Finding> findings = standard.check(SCREENING, List.of(total("120")), List.of());

		assertThat(kinds(findings)).containsExactly(RuleKind.UNIT_RANGE);
		assertThat(findings.get(0).message()).contains("超出 0—100% 的范围");
	}

	@Test
	void countsAreNonNegativeWholeNumbers() {
		assertThat(kinds(standard.check(CADRES, List.of(total("3.5")), List.of()))).containsExactly(RuleKind.UNIT_RANGE);
		assertThat(standard.check(CADRES, List.of(total("-1")), List.of()).get(0).message()).contains("不能为负数");
		assertThat(kinds(standard.check(MATERNAL, List.of(rate(Breakdown.TOTAL, "1.5", "3000")), List.of())))
			.containsExactly(RuleKind.UNIT_RANGE);
	}

	@Test
	void aNumeratorAboveItsDenominatorIsRefused() {
		List<Finding> findings = standard.check(MATERNAL, List.of(rate(Breakdown.TOTAL, "40", "30")), List.of());

		assertThat(kinds(findings)).containsExactly(RuleKind.NUMERATOR_LE_DENOMINATOR);
	}

	@Test
	void theFemalePartCannotExceedTheTotal() {
		List<Finding> findings = standard.check(CADRES,
				List.of(total("10"), new CellValue(Breakdown.FEMALE, n("12"), null, null)), List.of());

		assertThat(kinds(findings)).containsExactly(RuleKind.FEMALE_LE_TOTAL);
		assertThat(findings.get(0).message()).contains("（12）大于合计（10）");
	}

	@Test
	void aChangeOfMoreThanThirtyPercentFromLastYearAsksForAnExplanation() {
		// 60 → 80 is +33 %: over the 30 % threshold; 60 → 75 is +25 %: under it
		assertThat(kinds(standard.check(SCREENING, List.of(total("80")), history("60"))))
			.contains(RuleKind.YEAR_OVER_YEAR);
		assertThat(kinds(standard.check(SCREENING, List.of(total("75")), history("60"))))
			.doesNotContain(RuleKind.YEAR_OVER_YEAR);
		Finding finding = standard.check(SCREENING, List.of(total("80")), history("60")).get(0);
		assertThat(finding.severity()).isEqualTo(Severity.SOFT);
		assertThat(finding.message()).contains("上升33%");
	}

	@Test
	void aValueFarFromTheSeriesIsFlaggedByItsModifiedZScore() {
		// history 50, 52, 54, 56, 58: median 54, absolute deviations 4, 2, 0, 2, 4 → MAD 2
		// 64: M = 0.6745 × (64 − 54) / 2 = 3.37 (not flagged); 65: M = 0.6745 × 11 / 2 = 3.71 (flagged)
		assertThat(ValueChecker.modifiedZ(history("50", "52", "54", "56", "58"), n("64")).orElseThrow())
			.isCloseTo(3.3725, org.assertj.core.data.Offset.offset(1e-4));
		assertThat(kinds(standard.check(SCREENING, List.of(total("64")), history("50", "52", "54", "56", "58"))))
			.doesNotContain(RuleKind.OUTLIER);
		assertThat(kinds(standard.check(SCREENING, List.of(total("65")), history("50", "52", "54", "56", "58"))))
			.contains(RuleKind.OUTLIER);
	}

	@Test
	void tooShortOrFlatASeriesGivesNoOutlierVerdict() {
		assertThat(ValueChecker.modifiedZ(history("50", "52", "54"), n("90"))).isEmpty();
		assertThat(ValueChecker.modifiedZ(history("50", "50", "50", "50"), n("90"))).isEmpty();
	}

	@Test
	void aSuddenJumpPastTheTargetAsksForAnExplanation() {
		// 55 → 72: met (≥70) this year, not last year, and +31 % > 20 %
		assertThat(kinds(standard.check(SCREENING, List.of(total("72")), history("55"))))
			.contains(RuleKind.JUMP_PAST_TARGET);
		// 68 → 72: met, but only +6 %
		assertThat(kinds(standard.check(SCREENING, List.of(total("72")), history("68"))))
			.doesNotContain(RuleKind.JUMP_PAST_TARGET);
	}

	@Test
	void anIndicatorsOwnRuleOverridesTheGeneralOne() {
		List<Rule> rules = List.of(Rule.standard(RuleKind.YEAR_OVER_YEAR),
				new Rule(RuleKind.YEAR_OVER_YEAR, "W-1-04", new BigDecimal("0.50"), true),
				Rule.standard(RuleKind.NUMERATOR_LE_DENOMINATOR),
				new Rule(RuleKind.NUMERATOR_LE_DENOMINATOR, "W-1-01", null, false));
		ValueChecker checker = new ValueChecker(rules);

		assertThat(kinds(checker.check(SCREENING, List.of(total("80")), history("60")))).isEmpty();
		assertThat(kinds(checker.check(MATERNAL, List.of(rate(Breakdown.TOTAL, "40", "30")), List.of()))).isEmpty();
	}

	@Test
	void aRateIsComputedFromItsCounts() {
		// 1 death in 3,000 live births = 33.3 per 100,000
		assertThat(rate(Breakdown.TOTAL, "1", "3000").effective(MATERNAL)).isCloseTo(new BigDecimal("33.3333"),
				org.assertj.core.data.Offset.offset(new BigDecimal("0.001")));
	}

}
