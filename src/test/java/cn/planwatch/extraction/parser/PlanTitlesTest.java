package cn.planwatch.extraction.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.planwatch.extraction.parser.PlanTitles.PlanTitle;

class PlanTitlesTest {

	@Test
	void readsKindRegionAndPeriodFromTheUsualTitleForms() {
		assertThat(PlanTitles.read("江口市妇女发展规划（2021—2030 年）")).extracting(PlanTitle::title, PlanTitle::kinds,
				PlanTitle::region, PlanTitle::period)
			.containsExactly("江口市妇女发展规划（2021—2030年）", "women", "江口市", "2021-2030");
		assertThat(PlanTitles.read("东川市南坪区儿童发展规划(2021-2025年)").region()).isEqualTo("南坪区");
		assertThat(PlanTitles.read("白山蒙古族自治县儿童发展规划（2021年—2030年）").region()).isEqualTo("白山蒙古族自治县");
		assertThat(PlanTitles.read("《河湾县儿童发展规划（2021～2030年）》").kinds()).isEqualTo("children");
		assertThat(PlanTitles.read("平川县妇女儿童发展规划（2021－2025年）").kinds()).isEqualTo("women+children");
	}

	@Test
	void readsAFiveYearPlanTitleAndADraftRemark() {
		assertThat(PlanTitles.read("清河区“十四五”儿童发展规划")).extracting(PlanTitle::region, PlanTitle::periodStart,
				PlanTitle::periodEnd)
			.containsExactly("清河区", 2021, 2025);
		assertThat(PlanTitles.read("清河区妇女发展规划（2021—2030年）（征求意见稿）")).isNotNull();
	}

	@Test
	void refusesLinesOfTheCoveringNotice() {
		assertThat(PlanTitles.read("关于印发江口市妇女发展规划（2021—2030年）的通知")).isNull();
		assertThat(PlanTitles.read("《江口市妇女发展规划（2021—2030年）》已经市政府同意")).isNull();
		assertThat(PlanTitles.read("江口市妇女发展规划（2021—2030年）和江口市儿童发展规划（2021—2030年）")).isNull();
	}

}
