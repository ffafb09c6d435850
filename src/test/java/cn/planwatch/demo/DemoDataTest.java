package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccount;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.collection.ValueStatus;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
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

	@Autowired
	Rounds rounds;

	@Autowired
	Reporting reporting;

	@Autowired
	HistoryLoads historyLoads;

	@Autowired
	JdbcClient jdbc;

	static final List<String> COUNTIES = List.of("990121", "990122");

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
	void theCountiesHaveApprovedSyntheticHistoryForEveryYearFrom2020To2024() {
		for (String county : COUNTIES) {
			Map<Integer, Long> cellsByYear = jdbc.sql("""
					select year, count(*) from collection_value
					where region_code = ? and origin = 'HISTORY' and status = 'APPROVED' group by year""")
				.param(county)
				.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
				.list()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

			assertThat(cellsByYear.keySet()).containsExactlyInAnyOrder(2020, 2021, 2022, 2023, 2024);
			assertThat(cellsByYear.values()).allMatch(cells -> cells > 300, "every linked target, every cell");
		}
		List<String> sources = jdbc.sql("""
				select distinct source from collection_value where origin = 'HISTORY' and region_code like '9901%'""")
			.query(String.class)
			.list();
		assertThat(sources).containsExactly("演示数据（虚构）");
	}

	@Test
	void theLoadedHistoryIsWhatTheGeneratorMakesAndLoadingItAgainWritesNothing() {
		DemoRegion donglin = DemoRegion.CITY.children().get(0);
		List<HistoryValue> rows = DemoHistory.historyValues(DemoFixtures.histories(donglin));
		HistoryValue township = rows.stream()
			.filter(r -> r.regionCode().length() == 12 && r.numerator() != null && r.year() == 2023)
			.findFirst()
			.orElseThrow();
		BigDecimal[] loaded = historyCell(township.regionCode(), township.indicatorCode(), township.year(),
				township.breakdownKey());

		assertThat(loaded[0]).isEqualByComparingTo(township.numerator());
		assertThat(loaded[1]).isEqualByComparingTo(township.denominator());
		assertThat(historyLoads.load(rows, "demo")).isZero();
	}

	@Test
	void the2020FigureOfACountyIsItsPlansBaseline() {
		Target management = plans.get(demoWomensPlan("990121"))
			.targets()
			.filter(t -> "W-1-12".equals(t.indicatorCode()))
			.findFirst()
			.orElseThrow();
		BigDecimal[] cell = historyCell("990121", "W-1-12", 2020, "TOTAL");

		BigDecimal rate = cell[0].multiply(BigDecimal.valueOf(100)).divide(cell[1], MathContext.DECIMAL64);
		assertThat(rate.doubleValue()).isCloseTo(management.baselineValue().doubleValue(), offset(0.0501));
	}

	@Test
	void townshipCountsOfARateAddUpToTheCountysCounts() {
		for (String county : COUNTIES) {
			List<String> townships = regions.children(county).stream().map(Region::code).toList();
			for (int year = 2020; year <= 2024; year++) {
				for (String breakdown : List.of("TOTAL", "AREA:URBAN", "AREA:RURAL")) {
					BigDecimal[] countyCell = historyCell(county, "W-1-01", year, breakdown);
					BigDecimal[] sum = jdbc.sql("""
							select sum(numerator), sum(denominator), count(*) from collection_value
							where region_code in (:townships) and indicator_code = 'W-1-01' and year = :year
							    and breakdown = :breakdown and origin = 'HISTORY'""")
						.param("townships", townships)
						.param("year", year)
						.param("breakdown", breakdown)
						.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3) })
						.single();

					String where = county + " " + year + " " + breakdown;
					assertThat(sum[2]).as(where + ": every township reported").isEqualByComparingTo("3");
					assertThat(sum[0]).as(where + " maternal deaths").isEqualByComparingTo(countyCell[0]);
					assertThat(sum[1]).as(where + " live births").isEqualByComparingTo(countyCell[1]);
				}
				// small numbers: a county has a few thousand births a year and at most a few maternal deaths
				BigDecimal[] total = historyCell(county, "W-1-01", year, "TOTAL");
				assertThat(total[1].intValue()).isBetween(2_500, 12_000);
				assertThat(total[0].intValue()).isBetween(0, 6);
			}
		}
	}

	@Test
	void the2025RoundsAreOpenAndDonglinHasSubmittedDraftedAndReturnedTasks() {
		for (String region : List.of("990100", "990121", "990122")) {
			Round round = rounds.find(region, 2025).orElseThrow();
			assertThat(round.open()).isTrue();
			assertThat(round.deadline()).as("a fresh demo shows a round still in progress").isAfter(LocalDate.now());
			assertThat(round.note()).contains("演示数据");
		}
		Map<Long, Task> donglin = rounds.tasks(rounds.find("990121", 2025).orElseThrow().id())
			.stream()
			.collect(Collectors.toMap(Task::departmentId, t -> t));
		Task health = donglin.get(departmentId("990121", "health"));
		Task education = donglin.get(departmentId("990121", "education"));
		Task civilAffairs = donglin.get(departmentId("990121", "civil-affairs"));

		assertThat(health.status()).isEqualTo(TaskStatus.SUBMITTED);
		assertThat(reporting.values(health.id())).isNotEmpty()
			.allMatch(v -> v.status() == ValueStatus.SUBMITTED && v.source().equals("演示数据（虚构）"));
		assertThat(reporting.values(health.id())).anyMatch(v -> v.explanation() != null && v.explanation().startsWith("演示说明"));
		assertThat(education.status()).isEqualTo(TaskStatus.DRAFT);
		assertThat(reporting.values(education.id())).isNotEmpty().allMatch(v -> v.updatedBy().equals("donglin-reporter-education"));
		assertThat(civilAffairs.status()).isEqualTo(TaskStatus.RETURNED);
		assertThat(civilAffairs.returnReason()).contains("请核对后重新提交");
		assertThat(donglin.values()).filteredOn(t -> t != health && t != education && t != civilAffairs)
			.isNotEmpty()
			.allMatch(t -> t.status() == TaskStatus.NOT_STARTED);
		assertThat(rounds.tasks(rounds.find("990122", 2025).orElseThrow().id()))
			.allMatch(t -> t.status() == TaskStatus.NOT_STARTED);
	}

	private long departmentId(String region, String kind) {
		return departments.findByKind(region, kind).orElseThrow().id();
	}

	/** Numerator and denominator of a loaded historical cell. */
	private BigDecimal[] historyCell(String region, String indicator, int year, String breakdown) {
		return jdbc.sql("""
				select numerator, denominator from collection_value
				where region_code = ? and indicator_code = ? and year = ? and breakdown = ? and origin = 'HISTORY'""")
			.params(region, indicator, year, breakdown)
			.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2) })
			.single();
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
