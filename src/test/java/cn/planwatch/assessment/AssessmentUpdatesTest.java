package cn.planwatch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.ProgressCategory;
import cn.planwatch.collection.CellInput;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Review;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** Stored results follow the approved data: loads, approvals and reopened values recompute what they touch. */
@PlanWatchTest
class AssessmentUpdatesTest {

	@Autowired
	Assessments assessments;

	@Autowired
	HistoryLoads history;

	@Autowired
	Rounds rounds;

	@Autowired
	Reporting reporting;

	@Autowired
	Review review;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	TestCounty county;

	@BeforeEach
	void countyWithAPlan() {
		county = TestRegions.newCounty(regions, departments, users);
		TestPlans.publishWomensPlan(plans, county);
	}

	private HistoryValue screening(int year, int screened) {
		return new HistoryValue(county.code(), "W-1-04", year, "TOTAL", null, BigDecimal.valueOf(screened),
				BigDecimal.valueOf(1000), "妇幼年报");
	}

	private TargetAssessment target(RegionAssessment assessment, String indicatorCode) {
		return assessment.plans()
			.get(0)
			.targets()
			.stream()
			.filter(t -> indicatorCode.equals(t.target().indicatorCode()))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, OffsetDateTime> computedAt() {
		return jdbc.sql("""
				select t.indicator_code || '/' || r.year as key, r.computed_at from assessment_result r
				join plan_target t on t.id = r.target_id where r.region_code = ? and r.breakdown = 'TOTAL'""")
			.param(county.code())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void aHistoryLoadGivesEveryTargetAResultForEachYearOfThePlanUpToTheLatestData() {
		history.load(List.of(screening(2020, 600), screening(2021, 630), screening(2022, 660), screening(2023, 680),
				screening(2024, 695)), "stats");

		assertThat(assessments.years(county.code())).containsExactly(2021, 2022, 2023, 2024);
		RegionAssessment assessment = assessments.ofRegion(county.code(), 2024);
		// 69.5 % misses ≥ 70 % by 0.5, within 5 % of 70 (3.5): 基本实现; rising 3 points a year it will pass 70
		TargetAssessment screening = target(assessment, "W-1-04");
		assertThat(screening.result().value()).isEqualTo(69.5);
		assertThat(screening.result().status()).isEqualTo(AttainmentStatus.BASICALLY_ACHIEVED);
		assertThat(screening.result().progress()).isEqualTo(ProgressCategory.ON_TRACK);
		assertThat(screening.result().baselineYear()).isEqualTo(2020);
		assertThat(screening.result().baselineValue()).isEqualTo(60.0);
		assertThat(screening.result().explanation()).startsWith("2024年宫颈癌筛查率为69.5%，目标≥70%").contains("基本实现");
		assertThat(target(assessment, "W-1-01").result().status()).isEqualTo(AttainmentStatus.NO_DATA);
		assertThat(target(assessment, "W-4-07").result().status()).isEqualTo(AttainmentStatus.NO_DATA);
		// 1 of 1 monitorable target attained; the two without data are outside the denominator
		assertThat(assessment.plans().get(0).rate().numerator()).isEqualTo(1);
		assertThat(assessment.plans().get(0).rate().denominator()).isEqualTo(1);
		assertThat(assessment.plans().get(0).rate().noData()).isEqualTo(2);
	}

	@Test
	void anotherIndicatorsLoadRewritesOnlyItsOwnTargetsResults() {
		history.load(List.of(screening(2020, 600), screening(2023, 680), screening(2024, 695)), "stats");
		Map<String, OffsetDateTime> before = computedAt();

		history.load(List.of(new HistoryValue(county.code(), "W-4-07", 2024, "TOTAL", BigDecimal.ONE, null, null, "组织部")),
				"stats");

		Map<String, OffsetDateTime> after = computedAt();
		assertThat(after.get("W-4-07/2024")).isAfter(before.get("W-4-07/2024"));
		assertThat(after.get("W-1-04/2024")).isEqualTo(before.get("W-1-04/2024"));
		assertThat(after.get("W-1-01/2024")).isEqualTo(before.get("W-1-01/2024"));
		assertThat(target(assessments.ofRegion(county.code(), 2024), "W-4-07").result().status())
			.isEqualTo(AttainmentStatus.ACHIEVED);
	}

	@Test
	void anApprovalAddsTheNewYearAndReopeningItsValueTakesItAway() {
		history.load(List.of(screening(2020, 600), screening(2022, 660), screening(2024, 695)), "stats");
		Round round = rounds.open(county.code(), 2025, LocalDate.now().plusWeeks(2), false, null, "stats");
		Task health = rounds.tasks(round.id())
			.stream()
			.filter(t -> t.departmentId() == county.departments().get("health"))
			.findFirst()
			.orElseThrow();
		reporting.save(health.id(), List.of(
				new CellInput("W-1-04", "TOTAL", null, new BigDecimal("705"), new BigDecimal("1000"), "妇幼年报", null, null, null),
				new CellInput("W-1-01", "TOTAL", null, new BigDecimal("0"), new BigDecimal("3000"), "妇幼年报", null, null, null)),
				"reporter");
		reporting.submit(health.id(), "reporter");

		review.approve(health.id(), "stats");

		assertThat(assessments.years(county.code())).containsExactly(2021, 2022, 2023, 2024, 2025);
		TargetAssessment screening = target(assessments.ofRegion(county.code(), 2025), "W-1-04");
		assertThat(screening.result().value()).isEqualTo(70.5);
		assertThat(screening.result().status()).isEqualTo(AttainmentStatus.ACHIEVED);
		// no maternal death among 3,000 births meets ≤ 12/10万
		assertThat(target(assessments.ofRegion(county.code(), 2025), "W-1-01").result().status())
			.isEqualTo(AttainmentStatus.ACHIEVED);

		for (var value : reporting.values(health.id())) {
			review.reopen(value.id(), "分母口径有误", "stats");
		}

		assertThat(assessments.years(county.code())).containsExactly(2021, 2022, 2023, 2024);
	}

}
