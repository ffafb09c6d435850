package cn.planwatch.extraction.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.planwatch.extraction.ExtractedTarget;

/**
 * The directional rules of {@link TargetReader}: which clauses state a rise, fall, hold or end,
 * and which only build systems or call for action. Sentences are invented.
 */
class DirectionalTargetTest {

	private static List<String> directions(String goal) {
		return TargetReader.read(goal).stream().map(ExtractedTarget::direction).toList();
	}

	@Test
	void readsARiseWhetherTheVerbLeadsOrFollows() {
		assertThat(directions("提高农村妇女健康素养水平。")).containsExactly("increase");
		assertThat(directions("农村妇女健康素养水平明显提高。")).containsExactly("increase");
		assertThat(directions("老年妇女预期寿命延长。")).containsExactly("increase");
		assertThat(directions("全面提升女童的数字素养。")).containsExactly("increase");
		assertThat(directions("儿童文化产品更加丰富，网络环境进一步净化。")).containsExactly("increase", "increase");
		assertThat(directions("家庭教育指导服务覆盖面不断拓宽。")).containsExactly("increase");
		assertThat(directions("女性参与基层治理的比例稳中有升。")).containsExactly("increase");
	}

	@Test
	void readsAFallIncludingContainedRisingTrends() {
		assertThat(directions("降低孕产妇贫血患病率。")).containsExactly("decrease");
		assertThat(directions("儿童意外伤害发生率持续下降。")).containsExactly("decrease");
		assertThat(directions("预防和减少青少年非意愿妊娠。")).containsExactly("decrease");
		assertThat(directions("学生近视上升趋势得到有效控制。")).containsExactly("decrease");
		assertThat(directions("青少年焦虑检出率上升趋势减缓。")).containsExactly("decrease");
		assertThat(directions("学生课业负担切实减轻，校外培训乱象得到有效治理。")).containsExactly("decrease", "decrease");
		assertThat(directions("男女两性收入差距明显缩小。")).containsExactly("decrease");
	}

	@Test
	void readsHoldingAndEnding() {
		assertThat(directions("在校男女生比例保持均衡。")).containsExactly("maintain");
		assertThat(directions("女干部比例保持基本稳定。")).containsExactly("maintain");
		assertThat(directions("消除招聘中的性别歧视。")).containsExactly("eliminate");
		assertThat(directions("适龄女童辍学现象基本消除。")).containsExactly("eliminate");
		assertThat(directions("禁止使用童工。")).containsExactly("eliminate");
	}

	@Test
	void readsAChangeInsideACausativeClause() {
		assertThat(directions("促进农村女性提升数字技能水平。")).containsExactly("increase");
		assertThat(directions("促进女大学生充分就业。")).containsExactly("qualitative");
	}

	@Test
	void givesNothingForSystemsActionsAndSafeguards() {
		assertThat(directions("城乡儿童保健服务网络更加完善。")).containsExactly("qualitative");
		assertThat(directions("以提高综合素质为导向的评价机制进一步健全。")).containsExactly("qualitative");
		assertThat(directions("加强校园文化建设。")).containsExactly("qualitative");
		assertThat(directions("依法严惩侵害妇女权益的违法犯罪行为。")).containsExactly("qualitative");
		assertThat(directions("留守儿童的生活照料得到有效保障。")).containsExactly("qualitative");
		assertThat(directions("预防和控制出生缺陷。")).containsExactly("qualitative");
	}

	@Test
	void countsSpreadOfKnowledgeOnlyWhenItIsThePredicate() {
		assertThat(directions("普及科学育儿知识。")).containsExactly("qualitative");
		assertThat(directions("科学育儿知识全面普及。")).containsExactly("increase");
		assertThat(directions("性教育知识普及率不断提高。")).containsExactly("increase");
	}

	@Test
	void skipsVerbsThatArePartOfANoun() {
		assertThat(directions("妇女超重增长率持续减缓。")).containsExactly("decrease");
	}

	@Test
	void splitsSeparatelyMeasuredRatesAndPromotedProductsButNotAnEtceteraList() {
		assertThat(directions("失业保险参保率及待遇领取率提高。")).containsExactly("increase", "increase");
		assertThat(directions("推广使用儿童安全座椅、儿童自行车头盔。")).containsExactly("increase", "increase");
		assertThat(directions("儿童安全座椅、头盔等普遍推广应用。")).containsExactly("increase");
		assertThat(directions("提高乳腺癌和宫颈癌早期诊断率。")).containsExactly("increase");
	}

	@Test
	void makesAGapRightAfterANumericTargetItsQualifier() {
		List<ExtractedTarget> targets = TargetReader.read("孕产妇死亡率降至9/10万以下，区域差距逐步缩小。");
		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).qualifier()).isEqualTo("区域差距逐步缩小");
		assertThat(directions("孕产妇死亡率降至9/10万以下。逐步缩小城乡差距。")).containsExactly("<=", "decrease");
	}

	@Test
	void readsSharesComparedWithOtherSharesAsTargetsWithoutValue() {
		List<ExtractedTarget> targets = TargetReader.read("女代表所占比例不低于本地区女党员比例，职工代表中女职工比例与女职工人数比例相适应。");
		assertThat(targets).extracting(ExtractedTarget::direction).containsExactly(">=", "=");
		assertThat(targets).allSatisfy(t -> assertThat(t.value()).isNull());
	}

	@Test
	void givesAGoalWithoutClaimOneQualitativeTargetSpanningItsText() {
		List<ExtractedTarget> targets = TargetReader.read("倾听儿童意见，保障儿童表达意见的权利。");
		assertThat(targets).singleElement()
			.satisfies(t -> assertThat(t.direction()).isEqualTo("qualitative"))
			.satisfies(t -> assertThat(t.span()).isEqualTo("倾听儿童意见，保障儿童表达意见的权利"));
	}

	@Test
	void keepsEverySpanAnExactSubstringOfTheGoal() {
		String goal = "儿童疫苗接种率以村为单位保持在 95%以上，提升儿童阅读兴趣，消除校园周边安全隐患。";
		assertThat(TargetReader.read(goal)).allSatisfy(t -> assertThat(goal).contains(t.span()));
	}

}
