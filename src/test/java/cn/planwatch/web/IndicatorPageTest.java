package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.TrackingTarget;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * A region's indicator page on the demo county's infant mortality (disaggregated by sex and by urban and
 * rural areas): definition and source, values with their audit trails for those who may read them, the
 * sex gap, a breakdown served to htmx as a fragment, and the comparison with the regions the user sees.
 */
@PlanWatchTest
class IndicatorPageTest {

	private static final String DONGLIN = "990121";

	private static final String INFANT_MORTALITY = "C-1-02";

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	Plans plans;

	@Autowired
	MonitoringData data;

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void aRegionsIndicatorLeadsToTheTargetOfItsPlanThatTracksIt() throws Exception {
		mvc.perform(get("/regions/" + DONGLIN + "/indicators/" + INFANT_MORTALITY).with(SignedIn.as(users, "donglin-viewer")))
			.andExpect(redirectedUrl("/regions/" + DONGLIN + "/assessment/targets/" + targetId(DONGLIN)));
		mvc.perform(get("/regions/" + DONGLIN + "/indicators/" + INFANT_MORTALITY + "?year=2023&breakdown=SEX:FEMALE")
			.with(SignedIn.as(users, "donglin-viewer")))
			.andExpect(redirectedUrl("/regions/" + DONGLIN + "/assessment/targets/" + targetId(DONGLIN)
					+ "?year=2023&breakdown=SEX:FEMALE"));
		mvc.perform(get("/regions/" + DONGLIN + "/indicators/W-1-07").with(SignedIn.as(users, "donglin-viewer")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("现行规划没有跟踪指标“宫颈癌患者治疗率”")));
	}

	@Test
	void theIndicatorPageShowsDefinitionSourceSexGapAndEveryValueWithItsTrail() throws Exception {
		Indicator indicator = catalogue.get(INFANT_MORTALITY);
		List<ReportedValue> totals = data.approvedRecords(DONGLIN, INFANT_MORTALITY)
			.stream()
			.filter(v -> v.breakdown().isTotal())
			.toList();
		String gap = SexGaps.of("婴儿死亡率", "‰", data.ofRegion(DONGLIN, List.of(INFANT_MORTALITY))).describe();

		String page = page("donglin-office", "");

		assertThat(page).contains(indicator.definition(), "东林县卫生健康局", "婴儿死亡人数 ÷ 活产数 × 1000")
			.contains("性别差距", gap)
			.contains("\"milestones\":[", "终期目标");
		assertThat(totals).hasSizeGreaterThanOrEqualTo(5);
		totals.forEach(v -> assertThat(page).contains("/values/" + v.id() + "/history"));
	}

	@Test
	void theTrailsOfValuesAreOfferedOnlyToThoseWhoMayReadThem() throws Exception {
		ReportedValue value = data.approvedRecords(DONGLIN, INFANT_MORTALITY).get(0);

		assertThat(page("donglin-reporter-education", "")).doesNotContain("/values/");
		mvc.perform(get("/values/" + value.id() + "/history").with(SignedIn.as(users, "donglin-reporter-education")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/values/" + value.id() + "/history").header("HX-Request", "true")
				.with(SignedIn.as(users, "donglin-viewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("历史数据导入")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aBreakdownIsServedToHtmxAsTheDataPartOnly() throws Exception {
		String female = data.ofRegion(DONGLIN, List.of(INFANT_MORTALITY))
			.stream()
			.filter(v -> v.breakdownKey().equals("SEX:FEMALE"))
			.reduce((a, b) -> b)
			.map(v -> new Formats().decimal(v.value()))
			.orElseThrow();

		String fragment = mvc
			.perform(get("/regions/" + DONGLIN + "/assessment/targets/" + targetId(DONGLIN)).param("breakdown", "SEX:FEMALE")
				.header("HX-Request", "true")
				.with(SignedIn.as(users, "donglin-viewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(fragment).startsWith("<div id=\"breakdown-data\"").doesNotContain("<html", "性别差距")
			.contains("（女）", "aria-current=\"true\" data-breakdown=\"SEX:FEMALE\"", ">" + female + "<");
	}

	@Test
	void theComparisonListsTheRegionsTheUserSees() throws Exception {
		String city = mvc
			.perform(get("/regions/" + DONGLIN + "/assessment/targets/" + targetId(DONGLIN)).with(SignedIn.as(users, "office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String comparison = city.substring(city.indexOf("id=\"comparison-table\""));

		assertThat(comparison).contains("明川市", "东林县", "西河县", "（本页）");
		assertThat(page("donglin-office", "")).contains("您的数据范围内没有其他地区的现行规划跟踪该指标");
	}

	@Test
	void theComparisonIsWithTheRegionsAboveBesideAndBelowNotWithEveryRegionTheUserSees() throws Exception {
		TestCounty elsewhere = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, elsewhere);
		String page = mvc.perform(get("/regions/" + DONGLIN + "/indicators/W-1-01").with(SignedIn.as(users, "admin")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String html = mvc.perform(get(page).with(SignedIn.as(users, "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String comparison = html.substring(html.indexOf("id=\"comparison-table\""));

		assertThat(comparison).contains("明川市", "东林县", "西河县").doesNotContain(elsewhere.name());
	}

	private String page(String user, String query) throws Exception {
		return mvc.perform(get("/regions/" + DONGLIN + "/assessment/targets/" + targetId(DONGLIN) + query)
				.with(SignedIn.as(users, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long targetId(String region) {
		return plans.targetsOfIndicator(INFANT_MORTALITY)
			.stream()
			.filter(t -> t.regionCode().equals(region) && t.planStatus() == PlanStatus.PUBLISHED)
			.map(TrackingTarget::targetId)
			.findFirst()
			.orElseThrow();
	}

}
