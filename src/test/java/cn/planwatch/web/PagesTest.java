package cn.planwatch.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

@PlanWatchTest
class PagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Plans plans;

	@Autowired
	Departments departments;

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "office", "stats", "leader", "viewer", "reporter-health", "donglin-office",
			"donglin-chengguan-reporter-health" })
	void theStartPageShowsEachRoleItsRegionAndPlansLabelledAsDemo(String username) throws Exception {
		mvc.perform(get("/").with(as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("演示数据")))
			.andExpect(content().string(containsString("妇女发展规划（2021—2030年）")))
			.andExpect(content().string(containsString("儿童发展规划（2021—2030年）")));
	}

	@Test
	void aReporterIsOfferedTheTargetsOfItsOwnDepartment() throws Exception {
		long healthId = departments.findByKind("990100", "health").orElseThrow().id();
		mvc.perform(get("/").with(as("reporter-health")))
			.andExpect(content().string(containsString("本单位负责的目标")))
			.andExpect(content().string(containsString("department=" + healthId)));
	}

	@Test
	void theStartPageListsEachRolesWork() throws Exception {
		mvc.perform(get("/").with(as("donglin-reporter-civil-affairs")))
			.andExpect(content().string(containsString("待办事项")))
			.andExpect(content().string(containsString("已退回，请修改后重新提交")));
		mvc.perform(get("/").with(as("donglin-stats")))
			.andExpect(content().string(containsString("东林县 2025 年度监测")))
			.andExpect(content().string(containsString("项待审核")));
		mvc.perform(get("/").with(as("viewer")))
			.andExpect(content().string(containsString("目前没有需要您处理的事项")));
	}

	@Test
	void thePlanPageShowsAreasGoalsTargetsIndicatorsAndDepartments() throws Exception {
		PlanSummary women = plans.ofRegion("990121").stream().filter(p -> p.kind().name().equals("WOMEN")).findFirst()
			.orElseThrow();
		mvc.perform(get("/plans/" + women.id()).with(as("donglin-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("（一）妇女与健康")))
			.andExpect(content().string(containsString("（八）妇女与法律")))
			.andExpect(content().string(containsString("孕产妇死亡率")))
			.andExpect(content().string(containsString("东林县卫生健康局")))
			.andExpect(content().string(containsString("/indicators/W-1-01")));
	}

	@Test
	void thePlanPageFiltersByResponsibleDepartment() throws Exception {
		PlanSummary women = plans.ofRegion("990121").stream().filter(p -> p.kind().name().equals("WOMEN")).findFirst()
			.orElseThrow();
		long court = departments.findByKind("990121", "court").orElseThrow().id();
		mvc.perform(get("/plans/" + women.id()).param("department", String.valueOf(court)).with(as("donglin-office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("东林县人民法院")))
			.andExpect(content().string(not(containsString("孕产妇死亡率"))));
	}

	@Test
	void theCatalogueListsAndFiltersIndicators() throws Exception {
		mvc.perform(get("/indicators").with(as("viewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("孕产妇死亡率")))
			.andExpect(content().string(containsString("新生儿死亡率")));
		mvc.perform(get("/indicators").param("kind", "children").with(as("viewer")))
			.andExpect(content().string(not(containsString("孕产妇死亡率"))))
			.andExpect(content().string(containsString("新生儿死亡率")));
		mvc.perform(get("/indicators").param("q", "筛查").with(as("viewer")))
			.andExpect(content().string(containsString("宫颈癌")))
			.andExpect(content().string(not(containsString("新生儿死亡率"))));
	}

	@Test
	void anIndicatorPageShowsItsDefinitionAndTheTargetsThatTrackIt() throws Exception {
		mvc.perform(get("/indicators/W-1-01").with(as("office")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("孕产妇死亡人数 ÷ 活产数 × 100000")))
			.andExpect(content().string(containsString("东林县妇女发展规划")))
			.andExpect(content().string(containsString("西河县妇女发展规划")));
		mvc.perform(get("/indicators/W-1-01").with(as("donglin-office")))
			.andExpect(content().string(containsString("东林县妇女发展规划")))
			.andExpect(content().string(not(containsString("西河县妇女发展规划"))));
	}

	@Test
	void aMissingThingGetsAChineseNotFoundPage() throws Exception {
		mvc.perform(get("/regions/999999").with(as("admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有区划代码为 999999 的地区")));
		mvc.perform(get("/indicators/NOPE").with(as("admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("指标目录中没有代码为 NOPE 的指标")));
	}

	@Test
	void theLoginPageIsInChinese() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("密码")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

}
