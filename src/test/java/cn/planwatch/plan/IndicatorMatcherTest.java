package cn.planwatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IndicatorMatcherTest {

	private static Indicator indicator(String code, String name, PlanKind kind, String unit) {
		return new Indicator(code, name, kind, 1, unit, Polarity.HIGHER, null, null, null, null, Set.of(), null, true);
	}

	private final IndicatorMatcher matcher = new IndicatorMatcher(List.of(
			indicator("W-1-04", "宫颈癌筛查率", PlanKind.WOMEN, "%"),
			indicator("W-1-05", "乳腺癌筛查率", PlanKind.WOMEN, "%"),
			indicator("W-1-01", "孕产妇死亡率", PlanKind.WOMEN, "1/10万"),
			indicator("W-1-02", "妇女人均预期寿命", PlanKind.WOMEN, "岁"),
			indicator("C-1-02", "婴儿死亡率", PlanKind.CHILDREN, "‰"),
			indicator("C-3-02", "九年义务教育巩固率", PlanKind.CHILDREN, "%"),
			indicator("W-2-02", "九年义务教育巩固率", PlanKind.WOMEN, "%")));

	@Test
	void findsTheCoreNameInsideAPlansLongerWording() {
		List<IndicatorSuggestion> suggestions = matcher.suggest("适龄妇女宫颈癌人群筛查率", "%", PlanKind.WOMEN, 3);

		assertThat(suggestions.get(0).indicator().code()).isEqualTo("W-1-04");
		assertThat(suggestions.get(0).confident()).isTrue();
		assertThat(suggestions.get(0).reason()).contains("一致");
	}

	@Test
	void treatsWomenAndFemaleAsTheSameWord() {
		IndicatorSuggestion best = matcher.suggest("女性人均预期寿命", null, PlanKind.WOMEN, 1).get(0);

		assertThat(best.indicator().code()).isEqualTo("W-1-02");
		assertThat(best.score()).isEqualTo(1.0);
	}

	@Test
	void prefersTheIndicatorOfTheSamePlanKind() {
		assertThat(matcher.suggest("九年义务教育巩固率", "%", PlanKind.CHILDREN, 2))
			.extracting(s -> s.indicator().code())
			.containsExactly("C-3-02", "W-2-02");
	}

	@Test
	void aContradictingUnitLowersTheScore() {
		IndicatorSuggestion sameUnit = matcher.suggest("婴儿死亡率", "‰", PlanKind.CHILDREN, 1).get(0);
		IndicatorSuggestion otherUnit = matcher.suggest("婴儿死亡率", "名", PlanKind.CHILDREN, 1).get(0);

		assertThat(otherUnit.score()).isLessThan(sameUnit.score());
		assertThat(otherUnit.reason()).contains("单位不同");
	}

	@Test
	void aRelativeCutInPercentFitsAnIndicatorMeasuredInPerThousand() {
		IndicatorSuggestion best = matcher.suggest("婴儿死亡率", "%", PlanKind.CHILDREN, 1).get(0);

		assertThat(best.score()).isEqualTo(1.0);
	}

	@Test
	void somethingUnrelatedGetsNoSuggestion() {
		assertThat(matcher.suggest("妇女参与社区治理的程度", null, PlanKind.WOMEN, 3)).isEmpty();
	}

	@Test
	void bracketsAndWidthsDoNotMatter() {
		assertThat(IndicatorMatcher.core("孕产妇死亡率（城乡）")).isEqualTo(IndicatorMatcher.core("孕产妇死亡率"));
		assertThat(IndicatorMatcher.core("０－６岁儿童眼保健覆盖率")).isEqualTo("0-6岁儿童眼保健覆盖率");
	}

}
