package cn.planwatch.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanKindTest {

	@Test
	void shortAreaNamesLeaveOutWhomTheAreaIsAbout() {
		assertThat(PlanKind.WOMEN.areaShortNames()).containsExactly("健康", "教育", "经济", "决策和管理", "社会保障", "家庭建设",
				"环境", "法律");
		assertThat(PlanKind.CHILDREN.areaShortNames()).containsExactly("健康", "安全", "教育", "福利", "家庭", "环境", "法律保护");
	}

}
