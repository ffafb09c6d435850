package cn.planwatch.extraction.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.planwatch.extraction.MonitoringSetup;

class MonitoringSetupReaderTest {

	@Test
	void readsCycleGroupsAndTheirLeads() {
		MonitoringSetup setup = MonitoringSetupReader.read("""
				规划实施期间每年开展年度监测，并进行中期评估和终期评估。市妇儿工委成立监测评估领导小组，下设监测组和评估组。
				监测组由市统计局牵头，相关部门人员参加。评估组由市妇儿工委办公室牵头，负责评估方案。
				""");

		assertThat(setup.annualMonitoring()).isTrue();
		assertThat(setup.midTermEvaluation()).isTrue();
		assertThat(setup.finalEvaluation()).isTrue();
		assertThat(setup.evaluationYears()).isEmpty();
		assertThat(setup.leadershipGroup()).isTrue();
		assertThat(setup.monitoringLead()).isEqualTo("市统计局");
		assertThat(setup.evaluationLead()).isEqualTo("市妇儿工委办公室");
	}

	@Test
	void fallsBackToTheBodyThatLeadsAnnualMonitoring() {
		MonitoringSetup setup = MonitoringSetupReader.read("由统计部门牵头开展年度监测，各成员单位按时报送数据。区妇儿工委在期末组织终期评估。");

		assertThat(setup.monitoringLead()).isEqualTo("统计部门");
		assertThat(setup.midTermEvaluation()).isFalse();
		assertThat(setup.finalEvaluation()).isTrue();
	}

	@Test
	void readsEvaluationYearsWhenTheTextStatesThem() {
		MonitoringSetup setup = MonitoringSetupReader.read("2025年开展中期评估，2030年开展终期评估。");

		assertThat(setup.evaluationYears()).containsExactly(2025, 2030);
	}

	@Test
	void readsDatabaseLevelsDisaggregationWarningAndPublication() {
		MonitoringSetup setup = MonitoringSetupReader.read("""
				建设市级儿童统计数据库，指导县级数据库建设，推动市、县两级数据共享。
				各部门开展分性别、分年龄统计。对变化异常的指标及时预警。定期发布监测评估报告。
				""");

		assertThat(setup.databaseLevels()).containsExactly("市级", "县级");
		assertThat(setup.sexDisaggregated()).isTrue();
		assertThat(setup.ageDisaggregated()).isTrue();
		assertThat(setup.earlyWarning()).isTrue();
		assertThat(setup.publication()).isTrue();
		assertThat(setup.evidence()).hasSize(4);
	}

	@Test
	void findsNothingInTextWithoutMonitoring() {
		MonitoringSetup setup = MonitoringSetupReader.read("加大规划宣传力度，营造良好氛围。");

		assertThat(setup.annualMonitoring()).isFalse();
		assertThat(setup.monitoringLead()).isNull();
		assertThat(setup.databaseLevels()).isEmpty();
		assertThat(setup.evidence()).isEmpty();
	}

}
