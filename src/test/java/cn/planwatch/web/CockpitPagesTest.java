package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.collection.Rounds;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** The cockpit of a county and of a city, its empty states and who may open it. */
@PlanWatchTest
class CockpitPagesTest {

	private static final String CITY = "990100";

	private static final String DONGLIN = "990121";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Assessments assessments;

	@Autowired
	Rectifications rectifications;

	@Autowired
	Rounds rounds;

	@Autowired
	HistoryLoads history;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Test
	void theCountyCockpitShowsEachPlansRateTheWarningsTheRoundsProgressAndKeyTrends() throws Exception {
		var assessment = assessments.ofRegion(DONGLIN, assessments.latestYear(DONGLIN).orElseThrow());
		PlanAssessment women = assessment.plans().get(0);
		TargetAssessment mostPressing = ActionWarning.of(assessment, List.of()).get(0).target();
		int year = rounds.ofRegions(List.of(DONGLIN)).stream().filter(r -> r.open()).findFirst().orElseThrow().year();

		String page = mvc.perform(get("/regions/" + DONGLIN + "/cockpit").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("东林县 驾驶舱", "演示数据", women.plan().title(), new Formats().percent(women.rate().rate()))
			.contains("需关注的预警", mostPressing.target().indicatorName(), "下发整改")
			.contains("数据填报进度", year + " 年度监测", "东林县卫生健康局", "城关镇")
			.contains("重点指标趋势", "婴儿死亡率", "<polyline")
			.contains("id=\"area-chart-" + women.plan().id() + "\"");
	}

	@Test
	void theCityCockpitPutsItsCountiesSideBySide() throws Exception {
		int year = assessments.latestYear(CITY).orElseThrow();

		String page = mvc.perform(get("/regions/" + CITY + "/cockpit").with(SignedIn.as(users, "office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("县区对比（" + year + " 年）", "按综合达标率排名", "妇女发展规划 · 各领域综合达标率")
			.contains("明川市妇女发展规划（2021—2030年）", "下辖县区");
		assertThat(rankOf(page, "东林县")).isNotNull();
		assertThat(rankOf(page, "西河县")).isNotNull();
	}

	@Test
	void countiesWithEqualRatesShareTheirPlace() throws Exception {
		TestCounty first = countyWithFallingScreening();
		TestCounty second = countyWithFallingScreening();

		String page = mvc.perform(get("/regions/" + TestRegions.TEST_CITY + "/cockpit").param("year", "2024")
				.with(SignedIn.as(users, "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(rankOf(page, first.name())).isNotNull().isEqualTo(rankOf(page, second.name()));
	}

	@Test
	void anIssuedWarningIsCountedAsOpenAndNoLongerOfferedForIssue() throws Exception {
		TestCounty county = countyWithFallingScreening();
		TargetAssessment screening = assessments.ofRegion(county.code(), 2024).plans().get(0).warned().get(0);
		mvc.perform(get("/regions/" + county.code() + "/cockpit").with(SignedIn.as(users, county.office())))
			.andExpect(content().string(containsString("下发整改：" + screening.target().indicatorName())))
			.andExpect(content().string(containsString("没有未销号的整改事项")));

		rectifications.issue(screening.target().id(), 2024, county.departments().get("health"), "分析原因",
				LocalDate.now().plusDays(10), county.office(), LocalDate.now());

		mvc.perform(get("/regions/" + county.code() + "/cockpit").with(SignedIn.as(users, county.office())))
			.andExpect(content().string(not(containsString("下发整改：" + screening.target().indicatorName()))))
			.andExpect(content().string(containsString("待报送整改措施")))
			.andExpect(content().string(containsString(county.departmentName("health"))));
	}

	@Test
	void aCountyWithoutResultsOrRoundSaysSoInChinese() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);

		mvc.perform(get("/regions/" + county.code() + "/cockpit").with(SignedIn.as(users, county.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚无评估结果")))
			.andExpect(content().string(containsString("本年度尚未开始监测")));
	}

	@Test
	void aCountyOfficeOpensOnlyItsOwnCockpit() throws Exception {
		mvc.perform(get("/cockpit").with(SignedIn.as(users, "donglin-office")))
			.andExpect(redirectedUrl("/regions/" + DONGLIN + "/cockpit"));
		mvc.perform(get("/regions/990122/cockpit").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/regions/" + CITY + "/cockpit").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReporterSeesNeitherOtherDepartmentsItemsNorTheRoundsProgress() throws Exception {
		mvc.perform(get("/regions/" + DONGLIN + "/cockpit").with(SignedIn.as(users, "donglin-reporter-education")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("数据填报进度"))))
			.andExpect(content().string(not(containsString("id=\"rectifications-heading\""))));
	}

	/** A test county whose cervical screening falls 60 % → 52 % over 2020–2024: a warning (逆向变化). */
	private TestCounty countyWithFallingScreening() {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, county);
		TestPlans.loadFallingScreening(history, county);
		return county;
	}

	/** The rank in the cockpit's county ranking of the county named, or null when it has no row. */
	private static String rankOf(String page, String county) {
		String table = page.substring(page.indexOf("id=\"county-ranking\""));
		table = table.substring(0, table.indexOf("</table>"));
		Matcher row = Pattern.compile("<td[^>]*>([^<]*)</td>\\s*<td><a [^>]*>" + Pattern.quote(county) + "</a>")
			.matcher(table);
		return row.find() ? row.group(1).strip() : null;
	}

}
