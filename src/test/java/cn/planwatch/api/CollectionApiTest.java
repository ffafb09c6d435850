package cn.planwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.ApiTokens;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** A department's own system reporting through the API with a personal token, held to the same rules as the pages. */
@PlanWatchTest
class CollectionApiTest {

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
	Rounds rounds;

	TestCounty county;

	Task healthTask;

	String healthToken;

	@BeforeEach
	void roundWithATokenForTheHealthReporter() {
		county = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, county);
		Round round = rounds.open(county.code(), 2025, LocalDate.of(2026, 3, 31), false, null, "stats");
		healthTask = rounds.tasks(round.id())
			.stream()
			.filter(t -> t.departmentId() == county.departments().get("health"))
			.findFirst()
			.orElseThrow();
		healthToken = tokens.create(users.loadUserByUsername(TestRegions.reporter("health", county.code())), "卫健统计系统");
	}

	private String bearer(String token) {
		return "Bearer " + token;
	}

	@Test
	void aTokenListsTheDepartmentsTasksAndSavesValuesWithoutACsrfToken() throws Exception {
		mvc.perform(get("/api/v1/tasks").header("Authorization", bearer(healthToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(healthTask.id()))
			.andExpect(jsonPath("$[0].indicators[0].breakdowns[0]").value("TOTAL"));

		mvc.perform(put("/api/v1/tasks/" + healthTask.id() + "/values").header("Authorization", bearer(healthToken))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"indicatorCode\":\"W-1-01\",\"numerator\":1,\"denominator\":4000,\"source\":\"妇幼年报\"}]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values[0].numerator").value(1))
			.andExpect(jsonPath("$.values[0].version").value(0))
			.andExpect(jsonPath("$.findings[?(@.rule == 'REQUIRED')].indicatorCode").value("W-1-04"));
	}

	@Test
	void aStaleVersionIsAConflictAndSubmittingWithErrorsIsRefusedWithFindings() throws Exception {
		String cell = "[{\"indicatorCode\":\"W-1-01\",\"numerator\":%s,\"denominator\":4000,\"version\":%s}]";
		mvc.perform(put("/api/v1/tasks/" + healthTask.id() + "/values").header("Authorization", bearer(healthToken))
			.contentType(MediaType.APPLICATION_JSON).content(cell.formatted(1, "null"))).andExpect(status().isOk());
		mvc.perform(put("/api/v1/tasks/" + healthTask.id() + "/values").header("Authorization", bearer(healthToken))
			.contentType(MediaType.APPLICATION_JSON).content(cell.formatted(2, 0))).andExpect(status().isOk());

		mvc.perform(put("/api/v1/tasks/" + healthTask.id() + "/values").header("Authorization", bearer(healthToken))
			.contentType(MediaType.APPLICATION_JSON).content(cell.formatted(3, 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("请刷新后再修改")));

		mvc.perform(post("/api/v1/tasks/" + healthTask.id() + "/submit").header("Authorization", bearer(healthToken)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.findings[0].severity").value("HARD"));
		assertThat(rounds.task(healthTask.id()).status()).isEqualTo(TaskStatus.DRAFT);
	}

	@Test
	void aTokenOfAnotherDepartmentOrRegionCannotReportForThisOne() throws Exception {
		String education = tokens.create(users.loadUserByUsername(TestRegions.reporter("education", county.code())), "教育");
		String elsewhere = tokens.create(users.loadUserByUsername("donglin-reporter-health"), "东林卫健");
		for (String token : new String[] { education, elsewhere }) {
			mvc.perform(put("/api/v1/tasks/" + healthTask.id() + "/values").header("Authorization", bearer(token))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"indicatorCode\":\"W-1-01\",\"numerator\":1,\"denominator\":10}]"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/tasks/" + healthTask.id()).header("Authorization", bearer(elsewhere)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tasks/" + healthTask.id() + "/approve").header("Authorization", bearer(healthToken)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownOrRevokedTokenIsRefused() throws Exception {
		mvc.perform(get("/api/v1/tasks").header("Authorization", bearer("pw_not-a-real-token")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("令牌无效"));
		var owner = users.loadUserByUsername(TestRegions.reporter("health", county.code()));
		long id = tokens.of(owner).get(0).id();
		tokens.revoke(owner, id);
		mvc.perform(get("/api/v1/tasks").header("Authorization", bearer(healthToken))).andExpect(status().isUnauthorized());
	}

	@Test
	void theBureauApprovesThroughTheApiAfterASubmission() throws Exception {
		mvc.perform(put("/api/v1/tasks/" + healthTask.id() + "/values").header("Authorization", bearer(healthToken))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[{\"indicatorCode\":\"W-1-01\",\"numerator\":1,\"denominator\":4000},"
					+ "{\"indicatorCode\":\"W-1-04\",\"numerator\":710,\"denominator\":1000}]"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/tasks/" + healthTask.id() + "/submit").header("Authorization", bearer(healthToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		String statsToken = tokens.create(users.loadUserByUsername(TestRegions.stats(county.code())), "统计局");

		mvc.perform(post("/api/v1/tasks/" + healthTask.id() + "/approve").header("Authorization", bearer(statsToken)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.values[0].status").value("APPROVED"));
	}

}
