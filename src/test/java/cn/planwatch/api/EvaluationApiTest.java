package cn.planwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.ApiTokens;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** A department's system writing its self-assessment over the API, held to the same rules as the pages. */
@PlanWatchTest
class EvaluationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	ApiTokens tokens;

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

	Evaluation evaluation;

	SelfAssessment health;

	String healthToken;

	@BeforeEach
	void evaluationWithATokenForTheHealthReporter() {
		county = TestRegions.newCounty(regions, departments, users);
		evaluation = TestEvaluations.openMidTerm(evaluations, TestPlans.publishWomensPlan(plans, county), county);
		health = TestEvaluations.reportOf(selfAssessments, evaluation, county, "health");
		healthToken = token(TestRegions.reporter("health", county.code()));
	}

	private String token(String username) {
		return "Bearer " + tokens.create(users.loadUserByUsername(username), "评估接口测试");
	}

	private String body(int version, String conclusion, String progress) {
		long maternal = health.entries().get(0).targetId();
		return """
				{"version": %d, "summary": "总体良好",
				 "entries": [{"targetId": %d, "conclusion": %s, "progress": %s, "measures": "季度调度"}]}"""
			.formatted(version, maternal, conclusion == null ? "null" : "\"" + conclusion + "\"",
					progress == null ? "null" : "\"" + progress + "\"");
	}

	@Test
	void theOfficeListsTheRegionsEvaluationsAndSeesEachDepartmentsStatus() throws Exception {
		String office = token(county.office());

		mvc.perform(get("/api/v1/evaluations").param("region", county.code()).header("Authorization", office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].kind").value("MID_TERM"))
			.andExpect(jsonPath("$[0].assessmentYear").value(2025))
			.andExpect(jsonPath("$[0].status").value("OPEN"));
		mvc.perform(get("/api/v1/evaluations/" + evaluation.id()).header("Authorization", office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departments", hasSize(2)))
			.andExpect(jsonPath("$.departments[?(@.departmentName == '" + county.departmentName("health") + "')].entries").value(2))
			.andExpect(jsonPath("$.departments[0].status").value("DRAFT"));
	}

	@Test
	void aReporterSavesWithItsVersionAndAStaleVersionIsAConflict() throws Exception {
		mvc.perform(get("/api/v1/self-assessments").header("Authorization", healthToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(health.id()))
			.andExpect(jsonPath("$[0].entries[0].indicatorName").value("孕产妇死亡率"))
			.andExpect(jsonPath("$[0].entries[0].direction").value("AT_MOST"));

		mvc.perform(put("/api/v1/self-assessments/" + health.id()).header("Authorization", healthToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(0, "ACHIEVED", "已实现")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.entries[0].conclusion").value("ACHIEVED"))
			.andExpect(jsonPath("$.entries[0].measures").value("季度调度"));

		mvc.perform(put("/api/v1/self-assessments/" + health.id()).header("Authorization", healthToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(0, "NOT_ACHIEVED", "未实现")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("请刷新后再修改")));
		mvc.perform(put("/api/v1/self-assessments/" + health.id()).header("Authorization", healthToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(1, "PERHAPS", "也许")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("conclusion"))
			.andExpect(jsonPath("$.detail").value(containsString("“孕产妇死亡率”（妇女与健康 第 1 条目标）的自评结论“PERHAPS”无效")));
		assertThat(selfAssessments.get(health.id()).entries().get(0).progress()).isEqualTo("已实现");
	}

	@Test
	void submittingAnIncompleteReportAnswersWithTheMissingPiecesThenACompleteOneIsSubmitted() throws Exception {
		mvc.perform(put("/api/v1/self-assessments/" + health.id()).header("Authorization", healthToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(0, "ACHIEVED", "已实现")))
			.andExpect(status().isOk());

		mvc.perform(post("/api/v1/self-assessments/" + health.id() + "/submit").header("Authorization", healthToken))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.problems", hasSize(2)))
			.andExpect(jsonPath("$.problems[0]").value(containsString("“宫颈癌筛查率”")));

		SelfAssessment current = selfAssessments.get(health.id());
		selfAssessments.saveDraft(health.id(), TestEvaluations.complete(current), current.version(), "health");
		mvc.perform(post("/api/v1/self-assessments/" + health.id() + "/submit").header("Authorization", healthToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(selfAssessments.get(health.id()).status()).isEqualTo(SelfAssessmentStatus.SUBMITTED);
	}

	@Test
	void anotherDepartmentsReporterCannotReadOrWriteThisSelfAssessmentNorListTheEvaluation() throws Exception {
		String education = token(TestRegions.reporter("education", county.code()));

		mvc.perform(get("/api/v1/self-assessments/" + health.id()).header("Authorization", education))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("只能查看本单位的自评报告")));
		mvc.perform(put("/api/v1/self-assessments/" + health.id()).header("Authorization", education)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(0, "ACHIEVED", "篡改")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/self-assessments/" + health.id() + "/submit").header("Authorization", education))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evaluations/" + evaluation.id()).header("Authorization", education))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evaluations").param("region", county.code()).header("Authorization", token("donglin-office")))
			.andExpect(status().isForbidden());
		assertThat(selfAssessments.get(health.id()).version()).isZero();
	}

	@Test
	void theOpenApiDescriptionListsTheEvaluationEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs").header("Authorization", healthToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/self-assessments/{id}'].put.summary").value("保存自评报告（草稿）"))
			.andExpect(jsonPath("$.paths['/api/v1/evaluations'].get").exists());
	}

}
