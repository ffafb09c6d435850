package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RectificationStatus;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** The assessment pages and API on the demo county, and a rectification item from warning to closing. */
@PlanWatchTest
class AssessmentPagesTest {

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
	HistoryLoads history;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Test
	void theDemoCountysAssessmentShowsEachPlansRateAreasAndWarnings() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		var assessment = assessments.ofRegion(DONGLIN, year);
		assertThat(assessment.plans()).hasSize(2);

		mvc.perform(get("/regions/" + DONGLIN + "/assessment").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("东林县")))
			.andExpect(content().string(containsString("综合达标率")))
			.andExpect(content().string(containsString(assessment.plans().get(0).plan().title())))
			.andExpect(content().string(containsString(assessment.plans().get(0).areas().get(0).name())))
			.andExpect(content().string(containsString("演示数据")));
	}

	@Test
	void aTargetsDetailCarriesItsChartDataAndExplanations() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		TargetAssessment target = assessments.ofRegion(DONGLIN, year)
			.plans()
			.get(0)
			.targets()
			.stream()
			.filter(t -> t.result().value() != null)
			.findFirst()
			.orElseThrow();

		mvc.perform(get("/regions/" + DONGLIN + "/assessment/targets/" + target.target().id())
				.with(SignedIn.as(users, "donglin-viewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"target-chart-data\"")))
			.andExpect(content().string(containsString("\"years\":[")))
			.andExpect(content().string(containsString(target.result().explanation())));
	}

	@Test
	void theApiReturnsEveryTargetWithStatusForecastAndReasons() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		var assessment = assessments.ofRegion(DONGLIN, year);
		int targets = assessment.plans().get(0).targets().size();

		mvc.perform(get("/api/v1/regions/" + DONGLIN + "/assessment").param("year", String.valueOf(year))
				.with(SignedIn.as(users, "donglin-stats")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(year))
			.andExpect(jsonPath("$.demo").value(true))
			.andExpect(jsonPath("$.plans[0].targets.length()").value(targets))
			.andExpect(jsonPath("$.plans[0].rate.denominator").value(assessment.plans().get(0).rate().denominator()))
			.andExpect(jsonPath("$.plans[0].targets[0].explanation").isNotEmpty())
			.andExpect(jsonPath("$.denominatorRule").value(containsString("分母")));
		mvc.perform(get("/api/v1/regions/" + DONGLIN + "/assessment").param("year", "1999")
				.with(SignedIn.as(users, "donglin-stats")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有 1999 年的评估结果")));
	}

	@Test
	void theCitySeesItsCountiesRankedAndTheSexGapsOfItsIndicators() throws Exception {
		int year = assessments.latestYear(DONGLIN).orElseThrow();
		double donglin = assessments.ofRegion(DONGLIN, year).plans().stream()
			.filter(p -> p.plan().kind() == cn.planwatch.plan.PlanKind.WOMEN).findFirst().orElseThrow().rate().rate();
		double xihe = assessments.ofRegion("990122", year).plans().stream()
			.filter(p -> p.plan().kind() == cn.planwatch.plan.PlanKind.WOMEN).findFirst().orElseThrow().rate().rate();
		String first = donglin >= xihe ? DONGLIN : "990122";

		mvc.perform(get("/api/v1/regions/990100/assessment/ranking").param("year", String.valueOf(year)).param("plan", "women")
				.with(SignedIn.as(users, "office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].rank").value(1))
			.andExpect(jsonPath("$[0].regionCode").value(first));
		mvc.perform(get("/api/v1/regions/990100/assessment").param("year", String.valueOf(year))
				.with(SignedIn.as(users, "office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sexGaps[0].text").value(containsString("女性")))
			.andExpect(jsonPath("$.sexGaps[0].year").value(year));
	}

	@Test
	void aWarningIsIssuedAnsweredAndClosedWhileOtherDepartmentsCannotSeeIt() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, county);
		TestPlans.loadFallingScreening(history, county);
		TargetAssessment screening = assessments.ofRegion(county.code(), 2024)
			.plans()
			.get(0)
			.targets()
			.stream()
			.filter(t -> "W-1-04".equals(t.target().indicatorCode()))
			.findFirst()
			.orElseThrow();
		assertThat(screening.result().needsAction()).isTrue();
		long health = county.departments().get("health");

		mvc.perform(post("/rectifications").with(csrf()).with(SignedIn.as(users, county.office()))
				.param("targetId", String.valueOf(screening.target().id())).param("year", "2024")
				.param("departmentId", String.valueOf(health)).param("request", "分析筛查率下降原因")
				.param("answerDue", LocalDate.now().plusDays(20).toString()))
			.andExpect(redirectedUrlPattern("/rectifications/*"));
		Rectification item = rectifications.ofDepartment(health).get(0);
		assertThat(item.warningLabel()).contains("逆向变化");

		mvc.perform(get("/rectifications/" + item.id()).with(SignedIn.as(users, TestRegions.reporter("education", county.code()))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/rectifications/" + item.id() + "/close").with(csrf()).with(SignedIn.as(users, county.office()))
				.param("version", String.valueOf(item.version())))
			.andExpect(content().string(containsString("不能执行此操作")));

		mvc.perform(post("/rectifications/" + item.id() + "/answer").with(csrf())
				.with(SignedIn.as(users, TestRegions.reporter("health", county.code())))
				.param("version", String.valueOf(item.version())).param("measures", "增设流动筛查点，开展入户动员")
				.param("plannedBy", LocalDate.now().plusMonths(6).toString()))
			.andExpect(redirectedUrlPattern("/rectifications/*"));
		Rectification answered = rectifications.get(item.id());
		mvc.perform(post("/rectifications/" + item.id() + "/close").with(csrf()).with(SignedIn.as(users, county.office()))
				.param("version", String.valueOf(answered.version())).param("note", "措施可行"))
			.andExpect(redirectedUrlPattern("/rectifications/*"));

		assertThat(rectifications.get(item.id()).status()).isEqualTo(RectificationStatus.CLOSED);
		assertThat(rectifications.steps(item.id())).extracting(s -> s.action()).containsExactly("ISSUE", "ANSWER", "CLOSE");
		mvc.perform(get("/rectifications").with(SignedIn.as(users, TestRegions.reporter("health", county.code()))))
			.andExpect(content().string(containsString("宫颈癌筛查率")));
	}

}
