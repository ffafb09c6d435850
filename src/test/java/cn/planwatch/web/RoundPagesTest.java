package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** A monitoring round through the web pages: the bureau opens it, departments fill and submit, the bureau reviews. */
@PlanWatchTest
class RoundPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	Plans plans;

	@Autowired
	Rounds rounds;

	@Autowired
	Reporting reporting;

	TestCounty county;

	String stats;

	String healthReporter;

	@BeforeEach
	void county() {
		county = TestRegions.newCountyWithTownships(regions, departments, users, 1);
		TestPlans.publishWomensPlan(plans, county);
		stats = TestRegions.stats(county.code());
		healthReporter = TestRegions.reporter("health", county.code());
	}

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	private Round openRound() throws Exception {
		mvc.perform(post("/rounds").with(as(stats)).with(csrf())
			.param("regionCode", county.code())
			.param("year", "2025")
			.param("deadline", "2026-03-31"))
			.andExpect(redirectedUrlPattern("/rounds/*"));
		return rounds.find(county.code(), 2025).orElseThrow();
	}

	private Task healthTask(Round round) {
		return rounds.tasks(round.id())
			.stream()
			.filter(t -> t.departmentId() == county.departments().get("health"))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder fill(Task task, String action, String maternalNumerator) {
		return post("/tasks/" + task.id()).with(as(healthReporter)).with(csrf())
			.param("action", action)
			.param("n|W-1-01|TOTAL", maternalNumerator)
			.param("d|W-1-01|TOTAL", "4000")
			.param("s|W-1-01|TOTAL", "妇幼卫生年报")
			.param("n|W-1-04|TOTAL", "7100")
			.param("d|W-1-04|TOTAL", "10000");
	}

	@Test
	void theBureauOpensARoundAndSeesEveryDepartmentAndTownship() throws Exception {
		Round round = openRound();

		mvc.perform(get("/rounds/" + round.id()).with(as(stats)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(county.departmentName("health"))))
			.andExpect(content().string(containsString(county.departmentName("education"))))
			.andExpect(content().string(containsString("乡镇填报情况")))
			.andExpect(content().string(containsString(county.townships().get(0).name())));
	}

	@Test
	void aDepartmentFillsSubmitsIsReturnedCorrectsAndIsApproved() throws Exception {
		Task task = healthTask(openRound());

		mvc.perform(fill(task, "save", "1")).andExpect(redirectedUrlPattern("/tasks/*"));
		mvc.perform(get("/tasks/" + task.id()).with(as(healthReporter)))
			.andExpect(content().string(containsString("value=\"4000\"")))
			.andExpect(content().string(containsString("妇幼卫生年报")));
		ReportedValue maternal = value(task, "W-1-01");
		mvc.perform(fill(task, "submit", "1").param("ver|W-1-01|TOTAL", String.valueOf(maternal.version()))
			.param("ver|W-1-04|TOTAL", String.valueOf(value(task, "W-1-04").version())))
			.andExpect(redirectedUrlPattern("/tasks/*"));
		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.SUBMITTED);

		mvc.perform(post("/tasks/" + task.id() + "/return").with(as(stats)).with(csrf()).param("reason", "分母与年报不一致"))
			.andExpect(redirectedUrlPattern("/tasks/*"));
		mvc.perform(get("/tasks/" + task.id()).with(as(healthReporter)))
			.andExpect(content().string(containsString("分母与年报不一致")));

		mvc.perform(fill(task, "submit", "1").param("d|W-1-01|TOTAL", "4200")
			.param("ver|W-1-01|TOTAL", String.valueOf(value(task, "W-1-01").version()))
			.param("ver|W-1-04|TOTAL", String.valueOf(value(task, "W-1-04").version())));
		mvc.perform(post("/tasks/" + task.id() + "/approve").with(as(stats)).with(csrf()))
			.andExpect(redirectedUrlPattern("/tasks/*"));

		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.APPROVED);
		mvc.perform(get("/values/" + value(task, "W-1-01").id() + "/history").with(as(stats)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("分母与年报不一致")))
			.andExpect(content().string(containsString("审核通过")));
		mvc.perform(get("/values/" + value(task, "W-1-01").id() + "/history.csv").with(as(stats)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andExpect(content().string(containsString("退回")));
	}

	@Test
	void textInANumberFieldIsRefusedNamingTheCellAndNothingIsSaved() throws Exception {
		Task task = healthTask(openRound());

		mvc.perform(fill(task, "save", "一"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“孕产妇死亡率（合计）”的分子“一”不是数字")));
		assertThat(reporting.values(task.id())).isEmpty();
	}

	@Test
	void aSubmissionWithErrorsIsRefusedWithTheFindings() throws Exception {
		Task task = healthTask(openRound());

		mvc.perform(fill(task, "submit", "5000"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("大于分母")));
		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.DRAFT);
	}

	@Test
	void anotherDepartmentCannotFillOrSubmitThisTask() throws Exception {
		Task task = healthTask(openRound());
		String educationReporter = TestRegions.reporter("education", county.code());

		mvc.perform(post("/tasks/" + task.id()).with(as(educationReporter)).with(csrf())
			.param("n|W-1-01|TOTAL", "1").param("d|W-1-01|TOTAL", "10"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/tasks/" + task.id() + "/approve").with(as(healthReporter)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/rounds/" + task.roundId()).with(as("donglin-stats"))).andExpect(status().isForbidden());
		assertThat(reporting.values(task.id())).isEmpty();
	}

	@Test
	void anUploadThatIsNotTheTemplateIsRefusedWithItsProblemsAndNothingIsSaved() throws Exception {
		Task task = healthTask(openRound());

		mvc.perform(multipart("/tasks/" + task.id() + "/upload")
			.file(new MockMultipartFile("file", "填报表.xlsx", "application/octet-stream", "不是表格".getBytes(StandardCharsets.UTF_8)))
			.with(as(healthReporter))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("未导入任何数据")));
		assertThat(reporting.values(task.id())).isEmpty();
	}

	@Test
	void anotherDepartmentCannotUploadForThisTaskButCanReadItsTemplateOnlyIfItsOwn() throws Exception {
		Task task = healthTask(openRound());
		String educationReporter = TestRegions.reporter("education", county.code());

		mvc.perform(get("/tasks/" + task.id() + "/template.xlsx").with(as(healthReporter)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		mvc.perform(multipart("/tasks/" + task.id() + "/upload")
			.file(new MockMultipartFile("file", "填报表.xlsx", "application/octet-stream", new byte[] { 1, 2, 3 }))
			.with(as(educationReporter))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/tasks/" + task.id() + "/template.xlsx").with(as("donglin-reporter-health")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTopStatisticsBureauTunesARuleForOneIndicatorAndACountyBureauCannot() throws Exception {
		mvc.perform(post("/rules").with(as("stats")).with(csrf())
			.param("kind", "OUTLIER").param("indicatorCode", "C-7-06").param("threshold", "5").param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/rules").with(as("stats")))
			.andExpect(content().string(containsString("C-7-06 查处使用童工案件数")));
		mvc.perform(post("/rules").with(as(stats)).with(csrf())
			.param("kind", "OUTLIER").param("indicatorCode", "C-7-06").param("threshold", "9").param("enabled", "true"))
			.andExpect(status().isForbidden());
	}

	private ReportedValue value(Task task, String code) {
		return reporting.values(task.id()).stream().filter(v -> v.indicatorCode().equals(code)).findFirst().orElseThrow();
	}

}
