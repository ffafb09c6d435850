package cn.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestEvaluations;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * Who may do what in an evaluation, in the policy and over HTTP: a reporter reaches only its own
 * department's self-assessment; the office runs the evaluation; only the leadership group approves.
 */
@PlanWatchTest
class EvaluationPermissionsTest {

	@Autowired
	AccessPolicy access;

	@Autowired
	MockMvc mvc;

	@Autowired
	Evaluations evaluations;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	Attachments attachments;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	TestCounty county;

	Region region;

	Evaluation evaluation;

	SelfAssessment health;

	@BeforeEach
	void openEvaluation() {
		county = TestRegions.newCounty(regions, departments, users);
		region = regions.get(county.code());
		evaluation = TestEvaluations.openMidTerm(evaluations, TestPlans.publishWomensPlan(plans, county), county);
		health = TestEvaluations.reportOf(selfAssessments, evaluation, county, "health");
	}

	private PlanWatchUser user(String username) {
		return users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	@Test
	void thePolicyLetsAReporterReadAndWriteOnlyItsOwnDepartmentsSelfAssessment() {
		PlanWatchUser healthReporter = user(TestRegions.reporter("health", county.code()));
		PlanWatchUser educationReporter = user(TestRegions.reporter("education", county.code()));

		access.requireSelfAssessmentRead(healthReporter, health.departmentId(), health.departmentName(), region);
		access.requireSelfAssessmentEdit(healthReporter, health.departmentId(), health.departmentName());
		assertThatThrownBy(() -> access.requireSelfAssessmentRead(educationReporter, health.departmentId(),
				health.departmentName(), region))
			.isInstanceOf(AccessDeniedException.class)
			.hasMessageContaining("无权查看“" + health.departmentName() + "”的自评报告");
		assertThatThrownBy(() -> access.requireSelfAssessmentEdit(educationReporter, health.departmentId(),
				health.departmentName()))
			.isInstanceOf(AccessDeniedException.class)
			.hasMessageContaining("只有本单位填报员可以");
		assertThat(access.canReadEvaluations(educationReporter, region)).isFalse();
	}

	@Test
	void theOfficeRunsTheLeadershipApprovesAndAViewerOnlyReads() {
		PlanWatchUser office = user(county.office());
		PlanWatchUser leader = user(TestRegions.leader(county.code()));
		PlanWatchUser stats = user(TestRegions.stats(county.code()));
		PlanWatchUser otherCounty = user("donglin-office");

		assertThat(access.canRunEvaluations(office, region)).isTrue();
		assertThat(access.canApproveEvaluations(office, region)).isFalse();
		assertThat(access.canApproveEvaluations(leader, region)).isTrue();
		assertThat(access.canRunEvaluations(leader, region)).isFalse();
		assertThat(access.canReadEvaluations(stats, region)).isTrue();
		assertThat(access.canRunEvaluations(stats, region)).isFalse();
		assertThat(access.canRunEvaluations(otherCounty, region)).isFalse();
		assertThat(access.canReadEvaluations(user("viewer"), regions.get("990121"))).isTrue();
		assertThat(access.canApproveEvaluations(user("leader"), regions.get("990121"))).as("the city's leadership, above")
			.isTrue();
	}

	@Test
	void anotherDepartmentsReporterIsRefusedTheFormItsFilesAndTheDashboardOverHttp() throws Exception {
		String education = TestRegions.reporter("education", county.code());
		Attachment file = attachments.attach(health.id(), health.entries().get(0).targetId(), "年报.txt", "text/plain",
				"内容".getBytes(StandardCharsets.UTF_8), "health");

		mvc.perform(get("/self-assessments/" + health.id()).with(as(education)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权查看“" + health.departmentName() + "”的自评报告")));
		mvc.perform(post("/self-assessments/" + health.id()).with(as(education)).with(csrf())
			.param("version", "0")
			.param("summary", "篡改"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/self-assessments/" + health.id()).with(as(education)).with(csrf())
			.param("version", "0")
			.param("action", "submit"))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/self-assessments/" + health.id() + "/attachments")
			.file(new MockMultipartFile("file", "x.txt", "text/plain", new byte[] { 1 }))
			.param("target", String.valueOf(health.entries().get(0).targetId()))
			.with(as(education)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluation-attachments/" + file.id()).with(as(education))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluation-attachments/" + file.id() + "/delete").with(as(education)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluations/" + evaluation.id()).with(as(education)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("部门填报员只能查看本单位的自评报告")));

		assertThat(selfAssessments.get(health.id()).summary()).isNull();
		assertThat(selfAssessments.get(health.id()).entry(health.entries().get(0).targetId()).attachments()).hasSize(1);
		mvc.perform(get("/self-assessments/" + health.id()).with(as(TestRegions.reporter("health", county.code()))))
			.andExpect(status().isOk());
	}

	@Test
	void onlyTheLeadershipApprovesAndOnlyTheOfficeReviewsOverHttp() throws Exception {
		mvc.perform(post("/evaluations/" + evaluation.id() + "/approve").with(as(county.office())).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("只有本级或上级领导小组可以")));
		mvc.perform(post("/evaluations/" + evaluation.id() + "/start-review").with(as(TestRegions.leader(county.code())))
			.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/self-assessments/" + health.id() + "/return").with(as(TestRegions.stats(county.code())))
			.with(csrf())
			.param("version", "0")
			.param("reason", "不行"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/evaluations").with(as("donglin-office")).with(csrf())
			.param("planId", String.valueOf(evaluation.planId()))
			.param("kind", "FINAL")
			.param("assessmentYear", "2030")
			.param("deadline", "2031-03-31"))
			.andExpect(status().isForbidden());
		assertThat(evaluations.get(evaluation.id()).status()).isEqualTo(EvaluationStatus.OPEN);
	}

}
