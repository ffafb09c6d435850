package cn.planwatch.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.plan.Plans;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

/**
 * Scope rules through both doors — the web UI and the API: a user reads only their region
 * subtree (plans also of the regions above), and a department's details are changed only by
 * that department, the commission office above it, or an administrator.
 */
@PlanWatchTest
class ScopeTest {

	static final String CITY = "990100";

	static final String DONGLIN = "990121";

	static final String XIHE = "990122";

	static final String CHENGGUAN = "990121100000";

	static final String QINGSHI = "990121101000";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Departments departments;

	@Autowired
	Plans plans;

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	private Department department(String region, String kind) {
		return departments.findByKind(region, kind).orElseThrow();
	}

	@Test
	void aTownshipReporterSeesOnlyItsOwnTownshipThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/regions").with(as("donglin-chengguan-reporter-health")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value(CHENGGUAN));
	}

	@Test
	void aTownshipReporterCannotReadAnotherTownship() throws Exception {
		String reporter = "donglin-chengguan-reporter-health";
		mvc.perform(get("/regions/" + QINGSHI).with(as(reporter)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("超出您的数据范围")));
		mvc.perform(get("/api/v1/regions/" + QINGSHI + "/departments").with(as(reporter)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超出您的数据范围")));
		mvc.perform(get("/api/v1/regions/" + QINGSHI).with(as(reporter))).andExpect(status().isForbidden());
	}

	@Test
	void aTownshipReporterCanReadTheCountyPlansItsDataFeeds() throws Exception {
		long countyPlan = plans.ofRegion(DONGLIN).get(0).id();
		mvc.perform(get("/plans/" + countyPlan).with(as("donglin-chengguan-reporter-health")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/regions/" + DONGLIN + "/plans").with(as("donglin-chengguan-reporter-health")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void aCountyOfficeCannotReadTheNeighbouringCounty() throws Exception {
		long neighbourPlan = plans.ofRegion(XIHE).get(0).id();
		mvc.perform(get("/regions/" + XIHE).with(as("donglin-office"))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + neighbourPlan).with(as("donglin-office"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/regions/" + XIHE + "/plans").with(as("donglin-office")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/regions/" + XIHE + "/departments").with(as("donglin-office")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCityOfficeSeesItsCountiesAndTownships() throws Exception {
		mvc.perform(get("/api/v1/regions").with(as("office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andExpect(jsonPath("$[0].code").value(CITY));
		mvc.perform(get("/regions/" + QINGSHI).with(as("office"))).andExpect(status().isOk());
	}

	@Test
	void aReporterCannotChangeAnotherDepartmentByFormOrApi() throws Exception {
		Department education = department(DONGLIN, "education");
		String healthReporter = "donglin-reporter-health";
		mvc.perform(post("/departments/" + education.id() + "/liaison").with(as(healthReporter))
			.with(csrf())
			.param("liaisonName", "冒名")
			.param("liaisonPhone", "12345"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/departments/" + education.id() + "/liaison").with(as(healthReporter))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"冒名\",\"liaisonPhone\":\"12345\"}"))
			.andExpect(status().isForbidden());
		assertThat(departments.get(education.id()).liaisonName()).isNotEqualTo("冒名");
	}

	@Test
	void aReporterCannotChangeTheSameDepartmentOfAnotherTownship() throws Exception {
		Department otherClinic = department(QINGSHI, "health");
		mvc.perform(put("/api/v1/departments/" + otherClinic.id() + "/liaison")
			.with(as("donglin-chengguan-reporter-health"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"冒名\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/departments/" + otherClinic.id() + "/liaison").with(as("donglin-chengguan-reporter-health")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReporterChangesItsOwnDepartmentByFormAndByApi() throws Exception {
		Department clinic = department(CHENGGUAN, "health");
		String reporter = "donglin-chengguan-reporter-health";
		mvc.perform(post("/departments/" + clinic.id() + "/liaison").with(as(reporter))
			.with(csrf())
			.param("liaisonName", "李华")
			.param("liaisonPhone", "0730-7654321"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/regions/" + CHENGGUAN));
		assertThat(departments.get(clinic.id()).liaisonName()).isEqualTo("李华");

		mvc.perform(put("/api/v1/departments/" + clinic.id() + "/liaison").with(as(reporter))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"李华\",\"liaisonPhone\":\"0730-1111111\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.liaisonPhone").value("0730-1111111"));
	}

	@Test
	void aCountyOfficeEditsItsOwnDepartmentsButNotTheNeighbours() throws Exception {
		mvc.perform(put("/api/v1/departments/" + department(DONGLIN, "civil-affairs").id() + "/liaison")
			.with(as("donglin-office"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"王芳\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/departments/" + department(XIHE, "civil-affairs").id() + "/liaison")
			.with(as("donglin-office"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"王芳\"}")).andExpect(status().isForbidden());
	}

	@Test
	void viewersAndLeadersReadButDoNotChangeDepartments() throws Exception {
		Department health = department(CITY, "health");
		for (String username : new String[] { "viewer", "leader", "stats" }) {
			mvc.perform(get("/regions/" + CITY).with(as(username))).andExpect(status().isOk());
			mvc.perform(put("/api/v1/departments/" + health.id() + "/liaison").with(as(username))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"liaisonName\":\"某人\"}")).andExpect(status().isForbidden());
		}
	}

	@Test
	void invalidLiaisonInputGetsAChineseMessageNamingTheField() throws Exception {
		Department health = department(CITY, "health");
		mvc.perform(put("/api/v1/departments/" + health.id() + "/liaison").with(as("office"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"张三\",\"liaisonPhone\":\"call me\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("liaisonPhone"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("联系电话格式不正确")));
	}

	@Test
	void changesWithoutACsrfTokenAreRefused() throws Exception {
		Department health = department(CITY, "health");
		mvc.perform(post("/departments/" + health.id() + "/liaison").with(as("office"))
			.param("liaisonName", "无令牌"))
			.andExpect(result -> assertThat(result.getResponse().getStatus() == 403
					|| "/login?expired".equals(result.getResponse().getRedirectedUrl()))
				.as("refused with 403 or sent to sign in again")
				.isTrue());
		mvc.perform(put("/api/v1/departments/" + health.id() + "/liaison").with(as("office"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"liaisonName\":\"无令牌\"}"));
		assertThat(departments.get(health.id()).liaisonName()).isNotEqualTo("无令牌");
	}

	@Test
	void anonymousCallersAreSentToLoginOrGet401() throws Exception {
		mvc.perform(get("/regions/" + CITY)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/regions"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("未登录"));
	}

	@Test
	void onlyAdministratorsAndOfficesListAccounts() throws Exception {
		mvc.perform(get("/users").with(as("office"))).andExpect(status().isOk());
		mvc.perform(get("/users").with(as("viewer"))).andExpect(status().isForbidden());
		mvc.perform(get("/users").with(as("reporter-health"))).andExpect(status().isForbidden());
	}

}
