package cn.planwatch.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;

/** The narrow statuses read for many regions agree with their full assessments, target by target. */
@PlanWatchTest
class TargetStatusesTest {

	static final String CITY = "990100";

	@Autowired
	Assessments assessments;

	@Autowired
	Regions regions;

	@Test
	void theStatusesOfACitysCountiesAreThoseOfTheirAssessments() {
		List<Region> counties = regions.children(CITY);
		int year = assessments.latestYear(counties.stream().map(Region::code).toList()).orElseThrow();

		List<TargetStatus> expected = assessments.ofRegions(counties, year)
			.values()
			.stream()
			.flatMap(region -> region.plans().stream())
			.flatMap(plan -> plan.targets()
				.stream()
				.map(t -> new TargetStatus(t.result().regionCode(), plan.plan().id(), plan.plan().kind(), t.areaOrdinal(),
						t.target().id(), t.result().status(), t.result().judged(), t.result().needsAction())))
			.toList();

		assertThat(expected).hasSizeGreaterThan(100).anyMatch(TargetStatus::needsAction);
		assertThat(assessments.statuses(counties, year)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void theCompositeRateOfStatusesIsThatOfThePlan() {
		Region county = regions.children(CITY).get(0);
		int year = assessments.latestYear(county.code()).orElseThrow();
		PlanAssessment plan = assessments.ofRegion(county.code(), year).plans().get(0);

		List<TargetStatus> statuses = assessments.statuses(List.of(county), year)
			.stream()
			.filter(s -> s.planId() == plan.plan().id())
			.toList();

		assertThat(TargetStatus.rate(statuses, assessments.settings())).isEqualTo(plan.rate());
	}

}
