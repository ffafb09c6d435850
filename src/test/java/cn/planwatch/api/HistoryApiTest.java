package cn.planwatch.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

@PlanWatchTest
class HistoryApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	TestCounty county;

	@BeforeEach
	void county() {
		county = TestRegions.newCounty(regions, departments, users);
	}

	private String rows(String second) {
		return "[{\"regionCode\":\"" + county.code() + "\",\"indicatorCode\":\"W-1-01\",\"year\":2019,\"numerator\":2,\"denominator\":5000,\"source\":\"2019 年统计资料\"},"
				+ second + "]";
	}

	@Test
	void theBureauLoadsHistoryInBulkAndExistingCellsAreKept() throws Exception {
		String body = rows("{\"regionCode\":\"" + county.code() + "\",\"indicatorCode\":\"W-4-07\",\"year\":2019,\"value\":2}");
		mvc.perform(post("/api/v1/history").with(SignedIn.as(users, TestRegions.stats(county.code()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(2));
		mvc.perform(post("/api/v1/history").with(SignedIn.as(users, TestRegions.stats(county.code()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(jsonPath("$.written").value(0))
			.andExpect(jsonPath("$.skipped").value(2));
	}

	@Test
	void aBadRowIsNamedAndNothingIsLoaded() throws Exception {
		mvc.perform(post("/api/v1/history").with(SignedIn.as(users, TestRegions.stats(county.code()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(rows("{\"regionCode\":\"" + county.code() + "\",\"indicatorCode\":\"NOPE\",\"year\":2019,\"value\":1}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("第 2 行")));
	}

	@Test
	void onlyTheStatisticsBureauOfTheRegionLoadsHistory() throws Exception {
		String body = rows("{\"regionCode\":\"" + county.code() + "\",\"indicatorCode\":\"W-4-07\",\"year\":2018,\"value\":2}");
		mvc.perform(post("/api/v1/history").with(SignedIn.as(users, TestRegions.reporter("health", county.code()))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/history").with(SignedIn.as(users, "donglin-stats")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
	}

}
