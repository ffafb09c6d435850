package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** Evaluations through the web pages: opening, the dashboard, the department's form with htmx, attachments, to-dos. */
@PlanWatchTest
class EvaluationPagesTest {

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
	Evaluations evaluations;

	@Autowired
	SelfAssessments selfAssessments;

	TestCounty county;

	long plan;

	String healthReporter;

	@BeforeEach
	void county() {
		county = TestRegions.newCounty(regions, departments, users);
		plan = TestPlans.publishWomensPlan(plans, county);
		healthReporter = TestRegions.reporter("health", county.code());
	}

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	private SelfAssessment health(Evaluation evaluation) {
		return TestEvaluations.reportOf(selfAssessments, evaluation, county, "health");
	}

	@Test
	void anOfficeWithoutEvaluationsSeesTheEmptyStateAndOpensOne() throws Exception {
		mvc.perform(get("/evaluations").with(as(county.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("尚未开展评估"), containsString("开展评估"))));

		mvc.perform(post("/evaluations").with(as(county.office())).with(csrf())
			.param("planId", String.valueOf(plan))
			.param("kind", "MID_TERM")
			.param("assessmentYear", "2025")
			.param("deadline", "2026-06-30"))
			.andExpect(redirectedUrlPattern("/evaluations/*"));

		Evaluation evaluation = evaluations.ofRegions(java.util.List.of(county.code())).get(0);
		assertThat(evaluation.kind()).isEqualTo(EvaluationKind.MID_TERM);
		mvc.perform(get("/evaluations/" + evaluation.id()).with(as(county.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(county.departmentName("health")),
					containsString(county.departmentName("education")), containsString("结束自评，开始评审"),
					containsString("已提交 0/2 份自评报告"))));
	}

	@Test
	void aSecondOpeningIsShownOnTheFormWithTheReason() throws Exception {
		TestEvaluations.openMidTerm(evaluations, plan, county);

		mvc.perform(post("/evaluations").with(as(county.office())).with(csrf())
			.param("planId", String.valueOf(plan))
			.param("kind", "MID_TERM")
			.param("assessmentYear", "2025")
			.param("deadline", "明年"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("截止日期“明年”格式不正确")));
		mvc.perform(post("/evaluations").with(as(county.office())).with(csrf())
			.param("planId", String.valueOf(plan))
			.param("kind", "MID_TERM")
			.param("assessmentYear", "2025")
			.param("deadline", "2026-06-30"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("中期评估已在进行中")));
	}

	@Test
	void anHtmxSaveAnswersWithTheTimeSavedAndTheNewVersionAndAStaleOneWithTheConflict() throws Exception {
		SelfAssessment report = health(TestEvaluations.openMidTerm(evaluations, plan, county));
		long target = report.entries().get(0).targetId();

		mvc.perform(post("/self-assessments/" + report.id()).with(as(healthReporter)).with(csrf())
			.header("HX-Request", "true")
			.param("action", "save")
			.param("version", "0")
			.param("summary", "总体良好")
			.param("conclusion-" + target, "ACHIEVED")
			.param("progress-" + target, "已实现"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("草稿已于"), containsString("id=\"sa-version\""),
					containsString("value=\"1\""), containsString("hx-swap-oob"),
					containsString("id=\"filled-" + target + "\""))));

		mvc.perform(post("/self-assessments/" + report.id()).with(as(healthReporter)).with(csrf())
			.header("HX-Request", "true")
			.param("action", "save")
			.param("version", "0")
			.param("summary", "旧页面上的修改"))
			.andExpect(status().isConflict())
			.andExpect(header().string("HX-Retarget", "#save-status"))
			.andExpect(content().string(containsString("请刷新后再修改")));

		SelfAssessment saved = selfAssessments.get(report.id());
		assertThat(saved.summary()).isEqualTo("总体良好");
		assertThat(saved.entry(target).conclusion()).isEqualTo(Conclusion.ACHIEVED);
	}

	@Test
	void submittingAnIncompleteFormListsTheMissingPiecesByTargetAndKeepsTheDraft() throws Exception {
		SelfAssessment report = health(TestEvaluations.openMidTerm(evaluations, plan, county));
		long maternal = report.entries().get(0).targetId();

		mvc.perform(post("/self-assessments/" + report.id()).with(as(healthReporter)).with(csrf())
			.param("action", "submit")
			.param("version", "0")
			.param("conclusion-" + maternal, "ACHIEVED")
			.param("progress-" + maternal, "已实现"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(allOf(containsString("草稿已保存，但还不能提交"),
					containsString("“宫颈癌筛查率”（妇女与健康 第 1 条目标）：请选择自评结论。"),
					containsString("“宫颈癌筛查率”（妇女与健康 第 1 条目标）：请填写完成情况。"),
					not(containsString("“孕产妇死亡率”（妇女与健康 第 1 条目标）：请")))));

		assertThat(selfAssessments.get(report.id()).status()).isEqualTo(SelfAssessmentStatus.DRAFT);
		assertThat(selfAssessments.get(report.id()).entry(maternal).progress()).isEqualTo("已实现");
	}

	@Test
	void aFileUploadedWithHtmxIsListedAndDownloadsUnderItsChineseName() throws Exception {
		SelfAssessment report = health(TestEvaluations.openMidTerm(evaluations, plan, county));
		long target = report.entries().get(1).targetId();
		byte[] content = "筛查汇总".getBytes(StandardCharsets.UTF_8);

		mvc.perform(multipart("/self-assessments/" + report.id() + "/attachments")
			.file(new MockMultipartFile("file", "筛查汇总.txt", "text/plain", content))
			.param("target", String.valueOf(target))
			.header("HX-Request", "true")
			.with(as(healthReporter)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"attachments-" + target + "\""),
					containsString("筛查汇总.txt"), containsString("删除"))));

		long id = selfAssessments.get(report.id()).entry(target).attachments().get(0).id();
		mvc.perform(get("/evaluation-attachments/" + id).with(as(county.office())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andExpect(content().bytes(content));

		mvc.perform(multipart("/self-assessments/" + report.id() + "/attachments")
			.file(new MockMultipartFile("file", "空.txt", "text/plain", new byte[0]))
			.param("target", String.valueOf(target))
			.header("HX-Request", "true")
			.with(as(healthReporter)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("HX-Retarget", "#pw-messages"))
			.andExpect(content().string(containsString("是空文件")));
	}

	@Test
	void theOfficeScoresAndAcceptsAndTheLeaderSeesItOnTheStartPage() throws Exception {
		Evaluation evaluation = TestEvaluations.openMidTerm(evaluations, plan, county);
		mvc.perform(get("/").with(as(healthReporter)))
			.andExpect(content().string(containsString(evaluation.title() + "：本单位自评报告")));
		SelfAssessment submitted = TestEvaluations.submitComplete(selfAssessments, health(evaluation), healthReporter);
		mvc.perform(get("/").with(as(county.office())))
			.andExpect(content().string(containsString(evaluation.title() + "：1 份自评报告待评审")));

		mvc.perform(post("/self-assessments/" + submitted.id() + "/review").with(as(county.office())).with(csrf())
			.param("action", "accept")
			.param("version", String.valueOf(submitted.version()))
			.param("score", "１０１"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("评分须在 0 到 100 之间，现为 101")));
		mvc.perform(post("/self-assessments/" + submitted.id() + "/review").with(as(county.office())).with(csrf())
			.param("action", "accept")
			.param("version", String.valueOf(submitted.version()))
			.param("score", "88")
			.param("comment", "措施具体"))
			.andExpect(redirectedUrlPattern("/self-assessments/*"));
		assertThat(selfAssessments.get(submitted.id()).status()).isEqualTo(SelfAssessmentStatus.ACCEPTED);

		SelfAssessment education = TestEvaluations.reportOf(selfAssessments, evaluation, county, "education");
		SelfAssessment educationSubmitted = TestEvaluations.submitComplete(selfAssessments, education, "education");
		mvc.perform(post("/self-assessments/" + education.id() + "/review").with(as(county.office())).with(csrf())
			.param("action", "accept")
			.param("version", String.valueOf(educationSubmitted.version()))
			.param("score", "90"));
		mvc.perform(post("/evaluations/" + evaluation.id() + "/start-review").with(as(county.office())).with(csrf()));
		mvc.perform(post("/evaluations/" + evaluation.id() + "/submit-for-approval").with(as(county.office())).with(csrf()))
			.andExpect(redirectedUrlPattern("/evaluations/*"));

		mvc.perform(get("/").with(as(TestRegions.leader(county.code()))))
			.andExpect(content().string(containsString(evaluation.title() + "：待领导小组审定")));
		mvc.perform(get("/evaluations/" + evaluation.id()).with(as(TestRegions.leader(county.code()))))
			.andExpect(content().string(allOf(containsString("领导小组审定"), containsString("审定通过"),
					containsString("平均分 89.0"))));
	}

	@Test
	void theDemoEvaluationIsMarkedAsDemoData() throws Exception {
		Evaluation demo = evaluations.ofRegions(java.util.List.of("990121"))
			.stream()
			.filter(Evaluation::demo)
			.findFirst()
			.orElseThrow();

		mvc.perform(get("/evaluations").with(as("donglin-office")))
			.andExpect(content().string(allOf(containsString(demo.title()), containsString("演示数据"))));
		mvc.perform(get("/evaluations/" + demo.id()).with(as("donglin-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("pw-demo-badge"), containsString("演示数据：本系统中的地区"))));
		mvc.perform(get("/evaluations").with(as("donglin-reporter-health")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("本单位自评报告"), containsString(demo.title()))));
	}

}
