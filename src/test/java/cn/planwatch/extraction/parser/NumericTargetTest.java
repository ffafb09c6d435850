package cn.planwatch.extraction.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.planwatch.extraction.ExtractedTarget;

/**
 * The numeric phrase rules of {@link TargetReader}, each with several wordings of invented goal
 * sentences so the rules are shown to be about grammar, not about particular documents.
 */
class NumericTargetTest {

	private static List<ExtractedTarget> numeric(String goal) {
		return TargetReader.read(goal).stream().filter(t -> t.value() != null).toList();
	}

	private static ExtractedTarget only(String goal) {
		List<ExtractedTarget> targets = numeric(goal);
		assertThat(targets).as("numeric targets of %s", goal).hasSize(1);
		return targets.get(0);
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Nested
	class Bounds {

		@Test
		void readsAValueFollowedBy以上AsALowerBound() {
			assertThat(only("县域产前筛查率达到85%以上。")).extracting(ExtractedTarget::direction, ExtractedTarget::value,
					ExtractedTarget::unit)
				.containsExactly(">=", n("85"), "%");
			assertThat(only("婚检率保持在92%以上，服务质量提升。").direction()).isEqualTo(">=");
			assertThat(only("新生儿访视率稳定在 90％以上").direction()).isEqualTo(">=");
			assertThat(only("托位数达到3.5个及以上").value()).isEqualByComparingTo("3.5");
		}

		@Test
		void readsAValueFollowedBy以下Or以内AsAnUpperBound() {
			assertThat(only("孕产妇死亡率控制在9/10万以下。")).extracting(ExtractedTarget::direction, ExtractedTarget::value,
					ExtractedTarget::unit)
				.containsExactly("<=", n("9"), "1/10万");
			assertThat(only("低出生体重发生率降至4%以下").direction()).isEqualTo("<=");
			assertThat(only("十二岁儿童龋患率控制在24%以内").direction()).isEqualTo("<=");
			assertThat(only("剖宫产率下降到35%以下").direction()).isEqualTo("<=");
		}

		@Test
		void readsTheVerbBeforeAValueWhenNoBoundFollows() {
			assertThat(only("学前三年毛入园率达到93%").direction()).isEqualTo(">=");
			assertThat(only("义务教育巩固率提高到97%").direction()).isEqualTo(">=");
			assertThat(only("女职工比例不低于45%").direction()).isEqualTo(">=");
			assertThat(only("农村卫生厕所普及率不少于80%").direction()).isEqualTo(">=");
			assertThat(only("出生缺陷发生率不超过10/万").direction()).isEqualTo("<=");
			assertThat(only("贫血患病率降至12%").direction()).isEqualTo("<=");
			assertThat(only("景区母婴室设置比例超过60%").direction()).isEqualTo(">");
			assertThat(only("新生儿死亡率低于2‰").direction()).isEqualTo("<");
			assertThat(only("孕产妇死亡率≤10/10万").direction()).isEqualTo("<=");
		}

		@Test
		void readsAHeldLevelWithoutBoundAsEquality() {
			assertThat(only("巩固率稳定在96%").direction()).isEqualTo("=");
			assertThat(only("女性比例保持在48%").direction()).isEqualTo("=");
		}

		@Test
		void reads左右AsEqualityWithAQualifier() {
			ExtractedTarget target = only("城镇单位女职工比例达到42%左右。");
			assertThat(target.direction()).isEqualTo("=");
			assertThat(target.qualifier()).contains("左右");
			assertThat(only("毛入学率保持在93%左右").direction()).isEqualTo("=");
		}

		@Test
		void readsABareValueAsEquality() {
			assertThat(only("新建小区养老设施配建达标率100%。").direction()).isEqualTo("=");
		}

	}

	@Nested
	class RelativeChanges {

		@Test
		void readsACutAgainstABaseYearAsADecreaseWithTheBaseAsQualifier() {
			ExtractedTarget target = only("学生溺水死亡率以2020年为基数下降15%。");
			assertThat(target).extracting(ExtractedTarget::direction, ExtractedTarget::value, ExtractedTarget::unit)
				.containsExactly("decrease", n("15"), "%");
			assertThat(target.qualifier()).contains("2020");
			assertThat(target.year()).isNull();
			assertThat(only("道路交通伤害死亡率比2020年下降10%").direction()).isEqualTo("decrease");
			assertThat(only("伤害死亡率以 2020 年数据为基数降低 18%").value()).isEqualByComparingTo("18");
		}

		@Test
		void readsARiseWithoutTargetLevelAsAnIncrease() {
			ExtractedTarget target = only("居民健康知识知晓率在2022年基础上提高8%。");
			assertThat(target.direction()).isEqualTo("increase");
			assertThat(target.qualifier()).contains("2022");
			assertThat(only("女性参加培训人数增长5%").direction()).isEqualTo("increase");
		}

		@Test
		void readsARangeInPercentagePointsWithItsLowerBound() {
			ExtractedTarget target = only("青少年近视率每年下降0.5—1个百分点。");
			assertThat(target).extracting(ExtractedTarget::direction, ExtractedTarget::value, ExtractedTarget::unit)
				.containsExactly("decrease", n("0.5"), "个百分点");
			assertThat(target.qualifier()).contains("1");
			assertThat(only("近视率力争每年降低0.8-1.2个百分点").value()).isEqualByComparingTo("0.8");
		}

		@Test
		void letsAnExplicitBoundWinOverARisingChangeVerb() {
			assertThat(only("基本生活保障标准年均提高5%以上").direction()).isEqualTo(">=");
		}

		@Test
		void keepsACutOfAtLeastAValueADecrease() {
			ExtractedTarget target = only("青少年总体近视率每年降低0.6个百分点以上");
			assertThat(target.direction()).isEqualTo("decrease");
			assertThat(target.qualifier()).contains("不低于");
		}

	}

	@Nested
	class Lists {

		@Test
		void sharesOutAListOfValuesOverAListOfSubjects() {
			List<ExtractedTarget> targets = numeric("新生儿、婴儿和5岁以下儿童死亡率分别降到2.5‰、4‰和5‰以下，地区差距缩小。");
			assertThat(targets).extracting(ExtractedTarget::indicator, ExtractedTarget::direction, ExtractedTarget::value)
				.containsExactly(tuple("新生儿死亡率", "<=", n("2.5")), tuple("婴儿死亡率", "<=", n("4")),
						tuple("5岁以下儿童死亡率", "<=", n("5")));
			assertThat(targets).allSatisfy(t -> assertThat(t.qualifier()).contains("差距缩小"));
		}

		@Test
		void sharesOutValuesWrittenWithTheUnitOnlyOnce() {
			assertThat(numeric("低体重率和消瘦率分别控制在9和4%以下")).extracting(ExtractedTarget::value,
					ExtractedTarget::unit)
				.containsExactly(tuple(n("9"), "%"), tuple(n("4"), "%"));
		}

		@Test
		void givesOneValueToEachSeparatelyMeasuredRate() {
			assertThat(numeric("3岁以下儿童系统管理率和7岁以下儿童健康管理率均保持在92%以上。")).hasSize(2)
				.allSatisfy(t -> assertThat(t.value()).isEqualByComparingTo("92"));
			assertThat(numeric("孕妇艾滋病、梅毒和乙肝筛查率达到97%以上")).as("one rate word: one target").hasSize(1);
		}

		@Test
		void readsEachShareWrittenBeforeTheUnitsItCounts() {
			List<ExtractedTarget> targets = numeric("90%的城市社区和80%的农村社区建立家长学校。");
			assertThat(targets).extracting(ExtractedTarget::direction, ExtractedTarget::value)
				.containsExactly(tuple(">=", n("90")), tuple(">=", n("80")));
			assertThat(targets.get(0).indicator()).contains("城市社区").contains("家长学校");
		}

		@Test
		void doesNotTakeAgesYearsOrMonthsForValues() {
			assertThat(numeric("0—6岁儿童眼保健覆盖率达到92%以上")).extracting(ExtractedTarget::value).containsExactly(n("92"));
			assertThat(numeric("0-6个月婴儿母乳喂养率达到55%以上")).extracting(ExtractedTarget::value)
				.containsExactly(n("55"));
			assertThat(numeric("到2030年，12岁学生龋齿患病率控制在22%以内")).extracting(ExtractedTarget::value)
				.containsExactly(n("22"));
			assertThat(numeric("开通12345热线，推进第2批试点")).isEmpty();
		}

	}

	@Nested
	class YearsAndInheritance {

		@Test
		void readsTheTargetYearOfAClause() {
			assertThat(only("孕产妇死亡率到2025年降到11/10万以下").year()).isEqualTo(2025);
			assertThat(only("孕妇贫血患病率力争到2030年降到12%以下").year()).isEqualTo(2030);
		}

		@Test
		void letsAClauseWithoutSubjectInheritSubjectAndYear() {
			List<ExtractedTarget> targets = numeric("农村集中供水率到2025年达到85%，力争达到90%。");
			assertThat(targets).extracting(ExtractedTarget::indicator, ExtractedTarget::value, ExtractedTarget::year)
				.containsExactly(tuple("农村集中供水率", n("85"), 2025), tuple("农村集中供水率", n("90"), 2025));
		}

		@Test
		void readsOneListPerTargetYear() {
			List<ExtractedTarget> targets = numeric("婴儿死亡率和5岁以下儿童死亡率到2025年分别降至4‰和5‰以下，到2030年分别降至3‰和4‰以下。");
			assertThat(targets).extracting(ExtractedTarget::value, ExtractedTarget::year)
				.containsExactly(tuple(n("4"), 2025), tuple(n("5"), 2025), tuple(n("3"), 2030), tuple(n("4"), 2030));
		}

		@Test
		void givesOneValueToEachOfTwoTargetYears() {
			assertThat(numeric("到2025年和2030年，居民营养知识知晓率分别在2020年和2024年基础上提高5%。"))
				.extracting(ExtractedTarget::year)
				.containsExactly(2025, 2030);
		}

		@Test
		void takesTheSubjectOfAValueFromTheDirectionStatedJustBefore() {
			List<ExtractedTarget> targets = TargetReader.read("降低婴儿死亡率，到2025年控制在4‰以下。");
			assertThat(targets).extracting(ExtractedTarget::indicator, ExtractedTarget::direction, ExtractedTarget::year)
				.containsExactly(tuple("婴儿死亡率", "decrease", null), tuple("婴儿死亡率", "<=", 2025));
		}

		@Test
		void usesAPrecedingPlaceAsSubjectForACount() {
			ExtractedTarget target = only("乡镇党政领导班子中，至少配备1名女干部。");
			assertThat(target).extracting(ExtractedTarget::direction, ExtractedTarget::value, ExtractedTarget::unit)
				.containsExactly(">=", n("1"), "名");
			assertThat(target.indicator()).contains("乡镇党政领导班子").contains("女干部");
		}

	}

	@Nested
	class WordsForNumbers {

		@Test
		void reads全覆盖AsAHundredPercent() {
			assertThat(only("实现农村学校营养餐全覆盖。")).extracting(ExtractedTarget::direction, ExtractedTarget::value,
					ExtractedTarget::unit)
				.containsExactly("=", n("100"), "%");
			assertThat(numeric("儿童主任配备和培训“两个全覆盖”")).hasSize(2);
			assertThat(numeric("健全覆盖全民的保障体系")).as("健全 + 覆盖 is no 全覆盖").isEmpty();
		}

		@Test
		void reads百分之百And一半以上() {
			assertThat(only("集中供水水质百分之百达标").value()).isEqualByComparingTo("100");
			ExtractedTarget half = only("确保一半以上的县直部门领导班子配有女干部");
			assertThat(half).extracting(ExtractedTarget::direction, ExtractedTarget::value).containsExactly(">=", n("50"));
		}

		@Test
		void readsFractionsWrittenOut() {
			assertThat(only("新生儿死亡率控制在千分之三以下")).extracting(ExtractedTarget::value,
					ExtractedTarget::unit)
				.containsExactly(n("3"), "‰");
			assertThat(only("孕产妇死亡率降至十万分之九以下").unit()).isEqualTo("1/10万");
		}

		@Test
		void reads应X尽XAsEveryoneCovered() {
			assertThat(only("城乡居民医保参保实现应保尽保").value()).isEqualByComparingTo("100");
		}

		@Test
		void readsCountsWrittenInChineseNumerals() {
			assertThat(only("各乡镇至少配备一名专职儿童督导员").value()).isEqualByComparingTo("1");
			assertThat(only("每个县建成两所以上标准化托育机构").value()).isEqualByComparingTo("2");
		}

	}

}
