package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccount;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.RegionLevel;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;

@PlanWatchTest
class DemoDataTest {

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	Plans plans;

	@Autowired
	UserAccounts users;

	@Autowired
	MockMvc mvc;

	@Test
	void aFictionalCityWithTwoCountiesAndTheirTownshipsAllMarkedAsDemo() {
		List<Region> all = regions.subtree("990100");
		Map<RegionLevel, Long> byLevel = all.stream().collect(Collectors.groupingBy(Region::level, Collectors.counting()));

		assertThat(byLevel).containsEntry(RegionLevel.CITY, 1L).containsEntry(RegionLevel.COUNTY, 2L);
		assertThat(byLevel.get(RegionLevel.TOWNSHIP)).isGreaterThanOrEqualTo(4L);
		assertThat(all).allMatch(Region::demo).allMatch(r -> r.code().startsWith("99"));
	}

	@Test
	void theCityAndEachCountyHavePublishedWomensAndChildrensPlansWithAllAreas() {
		for (Region region : regions.subtree("990100")) {
			if (region.level() == RegionLevel.TOWNSHIP) {
				continue;
			}
			// other tests may add drafts or newer versions; the demo's own plans are the ones marked demo
			List<PlanSummary> regionPlans = plans.ofRegion(region.code()).stream().filter(PlanSummary::demo).toList();
			assertThat(regionPlans).extracting(PlanSummary::kind)
				.containsExactlyInAnyOrder(PlanKind.WOMEN, PlanKind.CHILDREN);
			for (PlanSummary summary : regionPlans) {
				PlanDetail plan = plans.get(summary.id());
				assertThat(summary.status()).isNotEqualTo(PlanStatus.DRAFT);
				assertThat(summary.demo()).isTrue();
				assertThat(plan.areas()).hasSize(summary.kind().areaNames().size());
				assertThat(plan.areas()).allMatch(area -> area.goals().size() >= 5);
				assertThat(plan.targets().filter(t -> t.value() != null).count()).isGreaterThan(30);
				assertThat(plan.targets().filter(t -> t.indicatorCode() != null))
					.allMatch(t -> !t.leads().isEmpty(), "every indicator target has a lead department");
			}
		}
	}

	@Test
	void baselinesDifferBetweenCounties() {
		List<Object> donglin = plans.get(demoWomensPlan("990121")).targets().map(t -> (Object) t.baselineValue()).toList();
		List<Object> xihe = plans.get(demoWomensPlan("990122")).targets().map(t -> (Object) t.baselineValue()).toList();

		assertThat(donglin).hasSameSizeAs(xihe).isNotEqualTo(xihe);
	}

	private long demoWomensPlan(String region) {
		return plans.ofRegion(region)
			.stream()
			.filter(p -> p.demo() && p.kind() == PlanKind.WOMEN)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void thereIsAnAccountForEveryRoleAndAReporterForEveryDepartment() {
		List<UserAccount> demoAccounts = users.all().stream().filter(UserAccount::demo).toList();

		assertThat(demoAccounts).extracting(UserAccount::role).contains(Role.values());
		assertThat(demoAccounts).extracting(UserAccount::username)
			.contains("admin", "office", "stats", "leader", "viewer", "reporter-health", "donglin-office",
					"donglin-reporter-education", "donglin-chengguan-reporter-health");
		int departmentCount = regions.subtree("990100")
			.stream()
			.mapToInt(r -> departments.ofRegion(r.code()).size())
			.sum();
		assertThat(demoAccounts.stream().filter(a -> a.role() == Role.REPORTER)).hasSize(departmentCount);
	}

	@Test
	void everyDemoAccountSignsInWithTheDemoPasswordThroughTheLoginForm() throws Exception {
		for (UserAccount account : users.all().stream().filter(UserAccount::demo).toList()) {
			mvc.perform(formLogin("/login").user(account.username()).password(PlanWatchTest.DEMO_PASSWORD))
				.andExpect(authenticated().withUsername(account.username()));
		}
		mvc.perform(formLogin("/login").user("office").password("wrong-password")).andExpect(unauthenticated());
	}

}
