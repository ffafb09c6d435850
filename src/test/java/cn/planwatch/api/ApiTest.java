package cn.planwatch.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

@PlanWatchTest
class ApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Test
	void regionsComeWithCodesAndLevelsInTreeOrder() throws Exception {
		mvc.perform(get("/api/v1/regions").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[0].code").value("990121"))
			.andExpect(jsonPath("$[0].level").value("COUNTY"))
			.andExpect(jsonPath("$[0].levelLabel").value("县级"))
			.andExpect(jsonPath("$[1].code").value("990121100000"))
			.andExpect(jsonPath("$[1].parentCode").value("990121"))
			.andExpect(jsonPath("$[1].level").value("TOWNSHIP"));
	}

	@Test
	void plansComeWithAreasGoalsTargetsAndResponsibleDepartments() throws Exception {
		mvc.perform(get("/api/v1/regions/990121/plans").with(SignedIn.as(users, "donglin-office")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'women')].areas.length()").value(8))
			.andExpect(jsonPath("$[?(@.kind == 'children')].areas.length()").value(7))
			.andExpect(jsonPath("$[?(@.kind == 'women')].areas[0].name").value("妇女与健康"))
			.andExpect(jsonPath("$[?(@.kind == 'women')].areas[0].goals[0].number").value(1))
			.andExpect(jsonPath("$..targets[*].direction", hasItem("<=")))
			.andExpect(jsonPath("$..targets[*].indicatorCode", hasItem("W-1-01")))
			.andExpect(jsonPath("$..responsibleDepartments[*].role", hasItem("LEAD")))
			.andExpect(jsonPath("$..responsibleDepartments[*].departmentName", hasItem("东林县卫生健康局")));
	}

	@Test
	void theOpenApiDescriptionCoversTheApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths['/api/v1/regions'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/regions/{code}/plans'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/departments/{id}/liaison'].put").exists())
			.andExpect(jsonPath("$.components.schemas.PlanDto").exists());
	}

	@Test
	void anUnknownRegionIsA404ProblemInChinese() throws Exception {
		mvc.perform(get("/api/v1/regions/999999/plans").with(SignedIn.as(users, "admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.detail").value("没有区划代码为 999999 的地区。"));
	}

}
