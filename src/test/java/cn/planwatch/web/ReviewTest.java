package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** Reviewing a draft plan in the web UI: editing targets in place, adding, removing, linking, publishing. */
@PlanWatchTest
class ReviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Plans plans;

	@Autowired
	Departments departments;

	@Autowired
	Regions regions;

	TestCounty county;

	String office;

	@BeforeEach
	void freshCounty() {
		county = TestRegions.newCounty(regions, departments, users);
		office = county.office();
	}

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	private long draft(Long supersedes) {
		Target rate = new Target(null, null, "适龄妇女宫颈癌人群筛查率", Direction.AT_LEAST, new BigDecimal("70"), "%", null, null,
				"宫颈癌人群筛查率达到70%以上", null, null, null, List.of());
		Target awareness = new Target(null, null, "妇女防治意识", Direction.INCREASE, null, null, null, null, "防治意识明显提高",
				null, null, null, List.of());
		Goal goal = new Goal(null, 3, "妇女防治意识明显提高。适龄妇女宫颈癌人群筛查率达到70%以上。", List.of(awareness, rate));
		return plans.create(new NewPlan(county.code(), PlanKind.WOMEN, county.name() + "妇女发展规划（2021—2030年）（修订）", 2021, 2030, "修订稿.docx",
				false, List.of(new Area(null, 1, "妇女与健康", List.of(goal))), null, null, supersedes));
	}

	private Target targetNamed(long planId, String name) {
		return plans.get(planId).targets().filter(t -> t.indicatorName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theReviewPageMarksWhereEachTargetWasReadFromAndCountsOpenWork() throws Exception {
		long id = draft(null);

		mvc.perform(get("/plans/" + id + "/review").with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>宫颈癌人群筛查率达到70%以上</mark>")))
			.andExpect(content().string(containsString("2 个量化或方向性目标尚未关联目录指标")))
			.andExpect(content().string(containsString("建议：宫颈癌筛查率")));
	}

	@Test
	void aTargetIsCorrectedInPlaceWithHtmx() throws Exception {
		long id = draft(null);
		Target rate = targetNamed(id, "适龄妇女宫颈癌人群筛查率");
		long health = county.departments().get("health");

		mvc.perform(get("/targets/" + rate.id() + "/edit").header("HX-Request", "true").with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"indicatorName\"")));
		mvc.perform(post("/targets/" + rate.id()).header("HX-Request", "true").with(as(office)).with(csrf())
			.param("indicatorName", "适龄妇女宫颈癌人群筛查率")
			.param("direction", ">=")
			.param("value", "80")
			.param("unit", "%")
			.param("indicatorCode", "W-1-04")
			.param("leadDepartmentId", String.valueOf(health)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("≥80%")))
			.andExpect(content().string(containsString(county.departmentName("health"))));

		Target saved = targetNamed(id, "适龄妇女宫颈癌人群筛查率");
		assertThat(saved.value()).isEqualByComparingTo("80");
		assertThat(saved.indicatorCode()).isEqualTo("W-1-04");
		assertThat(saved.leads()).extracting(r -> r.departmentId()).containsExactly(health);
		assertThat(saved.span()).isEqualTo("宫颈癌人群筛查率达到70%以上");
	}

	@Test
	void aValueThatIsNotANumberIsRefusedNamingTheField() throws Exception {
		long id = draft(null);
		Target rate = targetNamed(id, "适龄妇女宫颈癌人群筛查率");

		mvc.perform(post("/targets/" + rate.id()).header("HX-Request", "true").with(as(office)).with(csrf())
			.param("indicatorName", "适龄妇女宫颈癌人群筛查率")
			.param("direction", ">=")
			.param("value", "七十"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("目标值“七十”不是数字")));
		assertThat(targetNamed(id, "适龄妇女宫颈癌人群筛查率").value()).isEqualByComparingTo("70");
	}

	@Test
	void targetsAreAddedAndRemoved() throws Exception {
		long id = draft(null);
		long goalId = plans.get(id).areas().get(0).goals().get(0).id();

		mvc.perform(post("/goals/" + goalId + "/targets").header("HX-Request", "true").with(as(office)).with(csrf())
			.param("indicatorName", "乳腺癌人群筛查率")
			.param("direction", "increase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乳腺癌人群筛查率")));
		Target awareness = targetNamed(id, "妇女防治意识");
		mvc.perform(post("/targets/" + awareness.id() + "/delete").header("HX-Request", "true").with(as(office))
			.with(csrf())).andExpect(status().isOk());

		assertThat(plans.get(id).targets().map(Target::indicatorName))
			.containsExactlyInAnyOrder("适龄妇女宫颈癌人群筛查率", "乳腺癌人群筛查率");
	}

	@Test
	void anUnmatchedIndicatorBecomesALocalCatalogueEntry() throws Exception {
		long id = draft(null);
		Target awareness = targetNamed(id, "妇女防治意识");

		mvc.perform(post("/targets/" + awareness.id() + "/new-indicator").header("HX-Request", "true")
			.with(as(office))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("L-W-1-")));

		assertThat(targetNamed(id, "妇女防治意识").indicatorCode()).startsWith("L-W-1-");
	}

	@Test
	void publishingAReimportedDraftSupersedesThePlanInForce() throws Exception {
		long inForce = draft(null);
		plans.publish(inForce);
		long id = draft(inForce);
		long goalId = plans.get(id).areas().get(0).goals().get(0).id();
		plans.updateGoalText(goalId, "妇女防治意识进一步提高。适龄妇女宫颈癌人群筛查率达到70%以上。");

		mvc.perform(get("/plans/" + id + "/review").with(as(office)))
			.andExpect(content().string(containsString("与现行版本")))
			.andExpect(content().string(containsString("主要目标表述修改")));
		mvc.perform(post("/plans/" + id + "/publish").with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/plans/" + id));

		assertThat(plans.findSummary(id).orElseThrow().status()).isEqualTo(PlanStatus.PUBLISHED);
		assertThat(plans.findSummary(inForce).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED);
		long awareness = targetNamed(id, "妇女防治意识").id();
		mvc.perform(post("/targets/" + awareness).header("HX-Request", "true")
			.with(as(office)).with(csrf()).param("indicatorName", "x").param("direction", "increase"))
			.andExpect(content().string(containsString("不能再修改")));
		mvc.perform(post("/targets/" + awareness + "/delete").header("HX-Request", "true")
			.with(as(office)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("HX-Retarget", "#pw-messages"))
			.andExpect(content().string(containsString("不能再修改")));
		assertThat(targetNamed(id, "妇女防治意识").indicatorName()).isEqualTo("妇女防治意识");
	}

	@Test
	void onlyTheCommissionOfficeOfTheRegionOrAboveReviews() throws Exception {
		long id = draft(null);
		mvc.perform(get("/plans/" + id + "/review").with(as("admin"))).andExpect(status().isOk());
		mvc.perform(get("/plans/" + id + "/review").with(as("office"))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + id + "/review").with(as("donglin-office"))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/" + id + "/review").with(as("xihe-viewer"))).andExpect(status().isForbidden());
		mvc.perform(post("/plans/" + id + "/publish").with(as("donglin-reporter-health")).with(csrf()))
			.andExpect(status().isForbidden());
		PlanDetail plan = plans.get(id);
		assertThat(plan.summary().status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void aDiscardedDraftIsGone() throws Exception {
		long id = draft(null);
		mvc.perform(post("/plans/" + id + "/delete").with(as(office)).with(csrf()))
			.andExpect(redirectedUrl("/regions/" + county.code()));
		assertThat(plans.find(id)).isEmpty();
		mvc.perform(get("/regions/" + county.code()).with(as(office)))
			.andExpect(content().string(not(containsString("（修订）"))));
	}

}
