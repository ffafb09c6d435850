package cn.planwatch.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.check.Finding;
import cn.planwatch.collection.check.RuleKind;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestPlans;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;
import cn.planwatch.support.TestRegions.TestTownship;

/** A monitoring round on the real database: tasks, drafts, conflicts, checks, the review workflow, roll-up and audit. */
@PlanWatchTest
class CollectionRoundTest {

	static final int YEAR = 2025;

	@Autowired
	Rounds rounds;

	@Autowired
	Reporting reporting;

	@Autowired
	Review review;

	@Autowired
	Rollups rollups;

	@Autowired
	Plans plans;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	TestCounty county;

	long health;

	long education;

	@BeforeEach
	void countyWithAPlan() {
		county = TestRegions.newCountyWithTownships(regions, departments, users, 2);
		health = county.departments().get("health");
		education = county.departments().get("education");
		TestPlans.publishWomensPlan(plans, county);
	}

	private Round open() {
		return rounds.open(county.code(), YEAR, LocalDate.of(2026, 3, 31), false, null, "stats");
	}

	private Task taskOf(Round round, long department) {
		return rounds.tasks(round.id()).stream().filter(t -> t.departmentId() == department).findFirst().orElseThrow();
	}

	private static CellInput rate(String code, String breakdown, String numerator, String denominator, Integer version) {
		return new CellInput(code, breakdown, null, new BigDecimal(numerator), new BigDecimal(denominator), "妇幼年报",
				null, null, version);
	}

	private static CellInput value(String code, String value, String explanation, Integer version) {
		return new CellInput(code, "TOTAL", new BigDecimal(value), null, null, "统计年报", null, explanation, version);
	}

	@Test
	void openingARoundGivesEachLeadDepartmentItsIndicatorsAndTownshipsTheSummableOnes() {
		Round round = open();
		List<Task> tasks = rounds.tasks(round.id());

		assertThat(taskOf(round, health).indicators()).extracting(Task.TaskIndicator::code)
			.containsExactlyInAnyOrder("W-1-01", "W-1-04");
		assertThat(taskOf(round, education).indicators()).extracting(Task.TaskIndicator::code).containsExactly("W-4-07");
		assertThat(tasks).noneMatch(t -> t.departmentId() == county.departments().get("medical-insurance"));
		for (TestTownship township : county.townships()) {
			// rates of counts and counts sum up; the township's health centre takes the health indicators,
			// its office those whose lead kind the township lacks
			assertThat(taskOf(round, township.health()).indicators()).extracting(Task.TaskIndicator::code)
				.containsExactlyInAnyOrder("W-1-01", "W-1-04");
			assertThat(taskOf(round, township.office()).indicators()).extracting(Task.TaskIndicator::code)
				.containsExactly("W-4-07");
		}
		assertThat(tasks).allMatch(t -> t.status() == TaskStatus.NOT_STARTED);
		assertThatThrownBy(this::open).hasMessageContaining("2025 年的监测轮次已经开启");
	}

	@Test
	void assistingDepartmentsAreAskedWhenTheBureauSaysSo() {
		Round round = rounds.open(county.code(), YEAR, LocalDate.of(2026, 3, 31), true, null, "stats");

		assertThat(taskOf(round, county.departments().get("medical-insurance")).indicators())
			.containsExactly(new Task.TaskIndicator("W-1-01", "ASSIST"));
	}

	@Test
	void aSecondEditorWorkingFromAnOldVersionGetsAConflictNotALostUpdate() {
		Task task = taskOf(open(), health);
		reporting.save(task.id(), List.of(rate("W-1-04", "TOTAL", "710", "1000", null)), "alice");
		ReportedValue saved = reporting.values(task.id()).get(0);

		reporting.save(task.id(), List.of(rate("W-1-04", "TOTAL", "720", "1000", saved.version())), "alice");

		assertThatThrownBy(() -> reporting.save(task.id(), List.of(rate("W-1-04", "TOTAL", "750", "1000", saved.version())), "bob"))
			.isInstanceOf(ValueConflictException.class)
			.hasMessageContaining("已被 alice");
		assertThat(reporting.values(task.id()).get(0).numerator()).isEqualByComparingTo("720");
	}

	@Test
	void hardErrorsBlockSubmissionAndSoftOnesNeedAnExplanation() {
		Round round = open();
		Task task = taskOf(round, health);
		reporting.save(task.id(), List.of(rate("W-1-01", "TOTAL", "5", "3", null), rate("W-1-04", "TOTAL", "700", "1000", null)), "alice");

		assertThatThrownBy(() -> reporting.submit(task.id(), "alice")).isInstanceOfSatisfying(SubmissionRefusedException.class,
				ex -> assertThat(ex.findings()).extracting(Finding::rule).containsExactly(RuleKind.NUMERATOR_LE_DENOMINATOR));
		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.DRAFT);

		Task cadres = taskOf(round, education);
		reporting.save(cadres.id(), List.of(value("W-4-07", "2.5", null, null)), "bob");
		assertThatThrownBy(() -> reporting.submit(cadres.id(), "bob")).isInstanceOfSatisfying(SubmissionRefusedException.class,
				ex -> assertThat(ex.findings()).extracting(Finding::rule).containsExactly(RuleKind.UNIT_RANGE));
	}

	@Test
	void aSoftFindingIsAcceptedOnceItIsExplained() {
		// last year's approved total was 2; this year 5 is +150 %: over the 30 % threshold
		Round earlier = rounds.open(county.code(), YEAR - 1, LocalDate.of(2025, 3, 31), false, null, "stats");
		Task last = taskOf(earlier, education);
		reporting.save(last.id(), List.of(value("W-4-07", "2", null, null)), "bob");
		reporting.submit(last.id(), "bob");
		review.approve(last.id(), "stats");

		Task task = taskOf(open(), education);
		reporting.save(task.id(), List.of(value("W-4-07", "5", null, null)), "bob");
		assertThatThrownBy(() -> reporting.submit(task.id(), "bob")).isInstanceOfSatisfying(SubmissionRefusedException.class,
				ex -> assertThat(ex.findings()).extracting(Finding::rule).containsExactly(RuleKind.YEAR_OVER_YEAR));

		ReportedValue cadres = reporting.values(task.id()).get(0);
		reporting.save(task.id(), List.of(value("W-4-07", "5", "换届后新配备 3 名女干部", cadres.version())), "bob");
		reporting.submit(task.id(), "bob");
		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.SUBMITTED);
	}

	@Test
	void theWholeWorkflowFromDraftToApprovedAndReopenedIsAudited() {
		Task task = taskOf(open(), health);
		reporting.save(task.id(), List.of(rate("W-1-01", "TOTAL", "1", "3000", null), rate("W-1-04", "TOTAL", "660", "1000", null)),
				"alice");
		reporting.submit(task.id(), "alice");
		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.SUBMITTED);

		assertThatThrownBy(() -> review.returnTask(task.id(), " ", "stats")).hasMessageContaining("请填写退回原因");
		review.returnTask(task.id(), "筛查率与妇幼年报不一致", "stats");
		Task returned = rounds.task(task.id());
		assertThat(returned.status()).isEqualTo(TaskStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("筛查率与妇幼年报不一致");

		ReportedValue screening = value(task, "W-1-04");
		reporting.save(task.id(), List.of(rate("W-1-04", "TOTAL", "680", "1000", screening.version())), "alice");
		reporting.submit(task.id(), "alice");
		review.approve(task.id(), "stats");
		assertThat(reporting.values(task.id())).allMatch(v -> v.status() == ValueStatus.APPROVED);
		assertThatThrownBy(() -> reporting.save(task.id(), List.of(rate("W-1-04", "TOTAL", "690", "1000", value(task, "W-1-04").version())), "alice"))
			.hasMessageContaining("已审核通过");

		assertThatThrownBy(() -> review.reopen(value(task, "W-1-04").id(), "", "stats")).hasMessageContaining("原因");
		review.reopen(value(task, "W-1-04").id(), "年报更正", "stats");
		assertThat(rounds.task(task.id()).status()).isEqualTo(TaskStatus.RETURNED);

		List<ValueAudit> history = review.history(value(task, "W-1-04").id());
		assertThat(history).extracting(ValueAudit::action)
			.containsExactly("EDIT", "SUBMIT", "RETURN", "EDIT", "SUBMIT", "APPROVE", "REOPEN");
		assertThat(history.get(3).oldNumerator()).isEqualByComparingTo("660");
		assertThat(history.get(3).newNumerator()).isEqualByComparingTo("680");
		assertThat(history.get(2).reason()).isEqualTo("筛查率与妇幼年报不一致");
		assertThat(history.get(6).reason()).isEqualTo("年报更正");
		assertThat(history).extracting(ValueAudit::byUser).contains("alice", "stats");
	}

	@Test
	void townshipRatesRollUpFromSummedCountsAndMissingTownshipsAreNamed() {
		Round round = open();
		TestTownship first = county.townships().get(0);
		Task township = taskOf(round, first.health());
		reporting.save(township.id(), List.of(rate("W-1-01", "TOTAL", "1", "400", null), rate("W-1-04", "TOTAL", "300", "420", null)), "clinic");
		reporting.submit(township.id(), "clinic");
		review.approve(township.id(), "stats");

		List<RollupResult> results = rollups.rollUp(round.id(), "stats");

		RollupResult maternal = results.stream().filter(r -> r.indicatorCode().equals("W-1-01")).findFirst().orElseThrow();
		assertThat(maternal.townshipsSummed()).containsExactly(first.name());
		assertThat(maternal.townshipsMissing()).containsExactly(county.townships().get(1).name());
		Task countyHealth = taskOf(round, health);
		ReportedValue countyValue = reporting.values(countyHealth.id()).stream()
			.filter(v -> v.indicatorCode().equals("W-1-01"))
			.findFirst()
			.orElseThrow();
		assertThat(countyValue.origin()).isEqualTo("ROLLUP");
		assertThat(countyValue.numerator()).isEqualByComparingTo("1");
		assertThat(countyValue.denominator()).isEqualByComparingTo("400");

		Task second = taskOf(round, county.townships().get(1).health());
		reporting.save(second.id(), List.of(rate("W-1-01", "TOTAL", "0", "600", null), rate("W-1-04", "TOTAL", "400", "580", null)), "clinic2");
		reporting.submit(second.id(), "clinic2");
		review.approve(second.id(), "stats");
		rollups.rollUp(round.id(), "stats");
		ReportedValue updated = reporting.values(countyHealth.id()).stream()
			.filter(v -> v.indicatorCode().equals("W-1-01"))
			.findFirst()
			.orElseThrow();
		assertThat(updated.numerator()).isEqualByComparingTo("1");
		assertThat(updated.denominator()).isEqualByComparingTo("1000");
	}

	private ReportedValue value(Task task, String code) {
		return reporting.values(task.id()).stream().filter(v -> v.indicatorCode().equals(code)).findFirst().orElseThrow();
	}

}
