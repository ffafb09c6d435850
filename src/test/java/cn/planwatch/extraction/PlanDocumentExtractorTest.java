package cn.planwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Whole invented notices in the layouts real ones use, read by {@link PlanDocumentExtractor}.
 * All wording here is made up for the tests.
 */
class PlanDocumentExtractorTest {

	static final String TWO_PLAN_NOTICE = """
			青川县人民政府
			关于印发《青川县妇女发展规划（2021—2030年）》
			和《青川县儿童发展规划（2021—2030年）》的通知

			各乡镇人民政府，县直各部门：
			现将两个规划印发给你们，请认真贯彻执行。

			青川县妇女发展规划（2021—2030 年）

			一、指导思想、基本原则和总体目标
			（一）指导思想
			坚持男女平等基本国策。
			二、发展领域、主要目标和策略措施
			（一）妇女与健康
			主要目标：
			1.孕产妇死亡率控制在 11/10万以下，地区差距缩小。
			2.宫颈癌筛查覆盖率达到75%以上，乳腺癌筛查覆盖率逐年提高。
			3.普及卫生知识，提高女职工健康素养。
			策略措施：
			1.完善基层服务。每个乡镇卫生院至少配备2名妇幼保健人员，孕产妇健康管理率达到92%以上。

			- 5 -

			2.加强宣传教育。
			（二）妇女与教育
			主要目标：
			1.初中阶段巩固率提高到98%以上。
			2.女性受教育年限逐年增加。
			策略措施：
			1.保障女童受教育权利。
			三、组织实施
			（一）落实责任。规划由县政府组织实施，日常工作由县妇儿工委办公室承担。
			四、监测评估
			（一）监测评估安排。每年开展年度监测，2025年开展中期评估，期末开展终期评估。
			（二）组织分工。县妇儿工委成立监测评估领导小组，下设监测组和评估组。监测组由县统计局牵头，负责汇总数据。评估组由县妇儿工委办公室牵头。
			（三）统计能力。建设县、乡两级妇女统计数据库，开展分性别统计。
			（四）对可能达不到目标的指标及时预警，定期发布监测报告。

			青川县儿童发展规划（2021—2030年）

			二、发展领域、主要目标和策略措施
			（一）儿童与健康
			主要目标：
			1.新生儿、婴儿和5岁以下儿童死亡率分别降到2.8‰、4.5‰和5.5‰以下。
			2.学生近视上升趋势得到有效控制。
			策略措施：
			1.保障儿童每天户外活动不少于2小时。
			三、组织实施
			（一）县政府负责规划实施。
			四、监测评估
			（一）每年开展年度监测，期末开展终期评估，开展分年龄统计。
			""";

	@Test
	void readsBothPlansOfANoticeWithTitleRegionAndPeriod() {
		ExtractionResult result = PlanDocumentExtractor.extract(TWO_PLAN_NOTICE);

		assertThat(result.plans()).extracting(ExtractedPlan::kind, ExtractedPlan::title, ExtractedPlan::region,
				ExtractedPlan::period, ExtractedPlan::periodStart, ExtractedPlan::periodEnd)
			.containsExactly(tuple("women", "青川县妇女发展规划（2021—2030年）", "青川县", "2021-2030", 2021, 2030),
					tuple("children", "青川县儿童发展规划（2021—2030年）", "青川县", "2021-2030", 2021, 2030));
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void readsAreasGoalsAndTargets() {
		ExtractedPlan women = PlanDocumentExtractor.extract(TWO_PLAN_NOTICE).plans().get(0);

		assertThat(women.areas()).extracting(ExtractedArea::areaNo, ExtractedArea::ordinal, ExtractedArea::name)
			.containsExactly(tuple("（一）", 1, "妇女与健康"), tuple("（二）", 2, "妇女与教育"));
		ExtractedArea health = women.areas().get(0);
		assertThat(health.goals()).extracting(ExtractedGoal::number, ExtractedGoal::text)
			.containsExactly(tuple(1, "孕产妇死亡率控制在11/10万以下，地区差距缩小。"),
					tuple(2, "宫颈癌筛查覆盖率达到75%以上，乳腺癌筛查覆盖率逐年提高。"), tuple(3, "普及卫生知识，提高女职工健康素养。"));
		assertThat(health.goals().get(1).targets()).extracting(ExtractedTarget::direction).containsExactly(">=", "increase");
	}

	@Test
	void readsNumericTargetsOfTheStrategyTextAcrossAPageBreak() {
		ExtractedArea health = PlanDocumentExtractor.extract(TWO_PLAN_NOTICE).plans().get(0).areas().get(0);

		assertThat(health.strategyTargets()).extracting(StrategyTarget::measure, s -> s.target().direction(),
				s -> s.target().value().intValue(), s -> s.target().unit())
			.containsExactly(tuple(1, ">=", 2, "名"), tuple(1, ">=", 92, "%"));
		assertThat(health.strategyTargets().get(1).sentence()).contains("孕产妇健康管理率");
	}

	@Test
	void readsTheMonitoringSetUp() {
		List<ExtractedPlan> plans = PlanDocumentExtractor.extract(TWO_PLAN_NOTICE).plans();
		MonitoringSetup women = plans.get(0).monitoring();

		assertThat(women.annualMonitoring()).isTrue();
		assertThat(women.midTermEvaluation()).isTrue();
		assertThat(women.finalEvaluation()).isTrue();
		assertThat(women.evaluationYears()).containsExactly(2025);
		assertThat(women.leadershipGroup()).isTrue();
		assertThat(women.monitoringLead()).isEqualTo("县统计局");
		assertThat(women.evaluationLead()).isEqualTo("县妇儿工委办公室");
		assertThat(women.databaseLevels()).containsExactly("县级", "乡级");
		assertThat(women.sexDisaggregated()).isTrue();
		assertThat(women.earlyWarning()).isTrue();
		assertThat(women.publication()).isTrue();
		assertThat(women.evidence()).isNotEmpty();

		MonitoringSetup children = plans.get(1).monitoring();
		assertThat(children.midTermEvaluation()).isFalse();
		assertThat(children.ageDisaggregated()).isTrue();
		assertThat(children.leadershipGroup()).isFalse();
	}

	@Test
	void readsTheLayoutWithLeadUnitsNumberedSubheadingsAndBracketedGoals() {
		String text = """
				**临溪市儿童发展规划
				(2021—2025年)**

				二、发展领域、主要目标和策略措施
				(一) 儿童与健康（牵头单位：市卫生健康局。责任单位：市教育局、
				市民政局。）
				1. 主要目标：
				- (1) 儿童健康水平不断提高。
				- (2) 学龄前儿童视力筛查覆盖率达到 92%以上，小学生近视率降至
				36%以下。
				2.策略措施:
				(1) 加强儿童保健。
				(二) 儿童与安全（牵头单位：市公安局。）
				1.主要目标
				(1) 儿童溺水死亡率以 2020 年为基数下降 20%。
				2.策略措施
				(1) 加强安全教育。
				三、组织实施
				""";

		ExtractedPlan plan = PlanDocumentExtractor.extract(text).plans().get(0);

		assertThat(plan).extracting(ExtractedPlan::kind, ExtractedPlan::title, ExtractedPlan::region, ExtractedPlan::period)
			.containsExactly("children", "临溪市儿童发展规划(2021—2025年)", "临溪市", "2021-2025");
		assertThat(plan.areas()).extracting(ExtractedArea::areaNo, ExtractedArea::name)
			.containsExactly(tuple("（一）", "儿童与健康"), tuple("（二）", "儿童与安全"));
		assertThat(plan.areas().get(0).goals()).extracting(ExtractedGoal::text)
			.containsExactly("儿童健康水平不断提高。", "学龄前儿童视力筛查覆盖率达到92%以上，小学生近视率降至36%以下。");
		assertThat(plan.areas().get(1).goals().get(0).targets()).singleElement()
			.extracting(ExtractedTarget::direction)
			.isEqualTo("decrease");
	}

	@Test
	void splitsACombinedPlanIntoAWomensAndAChildrensPlan() {
		String text = """
				云岭区妇女儿童发展规划（2021－2025年）
				第一部分 妇女发展
				一、妇女与健康
				（一）主要目标
				1．妇女人均预期寿命延长。
				（二）策略措施
				1．加强妇幼保健。
				二、妇女与经济
				（一）主要目标
				1．男女收入差距缩小。
				第二部分 儿童发展
				一、儿童与健康
				（一）主要目标
				1．婴儿死亡率控制在4‰以下。
				（二）策略措施
				1．加强儿童保健。
				""";

		List<ExtractedPlan> plans = PlanDocumentExtractor.extract(text).plans();

		assertThat(plans).extracting(ExtractedPlan::kind, ExtractedPlan::region).containsExactly(tuple("women", "云岭区"),
				tuple("children", "云岭区"));
		assertThat(plans.get(0).areas()).extracting(ExtractedArea::name).containsExactly("妇女与健康", "妇女与经济");
		assertThat(plans.get(1).areas()).extracting(ExtractedArea::areaNo, ExtractedArea::name)
			.containsExactly(tuple("（一）", "儿童与健康"));
	}

	@Test
	void warnsAboutAnAreaWithoutGoalsInsteadOfReturningAHalfPlanSilently() {
		String text = """
				石门县妇女发展规划（2021-2030年）
				（一）妇女与健康
				主要目标：
				1.妇女健康水平不断提高。
				策略措施：
				1.加强保健。
				（二）妇女与教育
				主要目标：
				目标另见附表。
				策略措施：
				1.加强教育。
				三、组织实施
				""";

		ExtractionResult result = PlanDocumentExtractor.extract(text);

		assertThat(result.plans().get(0).areas()).hasSize(2);
		assertThat(result.warnings()).anyMatch(w -> w.contains("（二）妇女与教育") && w.contains("未识别到"))
			.anyMatch(w -> w.contains("监测评估"));
	}

	@Test
	void readsAPlanThatWritesNoGoalsHeadingAndSaysSo() {
		String text = """
				北岭县儿童发展规划（2021—2030年）
				（一）儿童与健康
				1.儿童健康水平不断提高。
				2.婴儿死亡率控制在4‰以下。
				策略措施
				1.加强儿童保健。
				（二）儿童与教育
				1.学前三年毛入园率达到95%。
				策略措施
				1.加强学前教育。
				三、组织实施
				""";

		ExtractionResult result = PlanDocumentExtractor.extract(text);

		assertThat(result.plans().get(0).areas()).extracting(ExtractedArea::name, a -> a.goals().size())
			.containsExactly(tuple("儿童与健康", 2), tuple("儿童与教育", 1));
		assertThat(result.warnings()).anyMatch(w -> w.contains("未找到“主要目标”标题"));
	}

	@Test
	void warnsWhenThePlanHasNoTitle() {
		ExtractionResult result = PlanDocumentExtractor.extract("（一）儿童与健康\n主要目标\n1.儿童健康水平提高。\n策略措施\n1.加强。\n");

		assertThat(result.plans()).singleElement().extracting(ExtractedPlan::kind).isEqualTo("children");
		assertThat(result.warnings()).anyMatch(w -> w.contains("未找到规划标题"));
	}

	@Test
	void refusesATextWithoutAnyPlanInAChineseSentence() {
		assertThatThrownBy(() -> PlanDocumentExtractor.extract("关于做好防汛工作的通知\n各单位要加强值班。"))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("未在文档中识别到妇女或儿童发展规划的“主要目标”");
		assertThatThrownBy(() -> PlanDocumentExtractor.extract("  ")).isInstanceOf(DocumentException.class);
	}

}
