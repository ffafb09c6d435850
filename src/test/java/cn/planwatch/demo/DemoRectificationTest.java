package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RectificationStatus;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.support.PlanWatchTest;

/** The demo's rectification items: warnings of 东林县's latest year issued to departments, in every state. */
@PlanWatchTest
class DemoRectificationTest {

	static final String DONGLIN = "990121";

	@Autowired
	Rectifications rectifications;

	@Autowired
	Assessments assessments;

	private List<Rectification> demoItems() {
		return rectifications.ofRegions(List.of(DONGLIN))
			.stream()
			.filter(item -> item.request() != null && item.request().startsWith("演示数据"))
			.toList();
	}

	@Test
	void fourWarningsOfTheLatestYearAreIssuedToFourDifferentDepartments() {
		int latest = assessments.latestYear(DONGLIN).orElseThrow();
		List<Rectification> items = demoItems();

		assertThat(items).hasSize(DemoRectification.ITEMS);
		assertThat(items).extracting(Rectification::departmentId).doesNotHaveDuplicates();
		for (Rectification item : items) {
			assertThat(item.year()).isEqualTo(latest);
			assertThat(item.issuedBy()).isEqualTo("donglin-office");
			AssessmentResult result = assessments.ofTarget(item.targetId())
				.stream()
				.filter(r -> r.isTotal() && r.year() == latest)
				.findFirst()
				.orElseThrow();
			assertThat(result.needsAction()).as("a warning that calls for action: %s", item.indicatorName()).isTrue();
		}
	}

	@Test
	void theItemsShowEveryStepOfTheWork() {
		List<Rectification> items = demoItems();

		assertThat(items).extracting(Rectification::status)
			.containsExactlyInAnyOrder(RectificationStatus.ISSUED, RectificationStatus.ANSWERED,
					RectificationStatus.ISSUED, RectificationStatus.CLOSED);
		assertThat(items).filteredOn(item -> item.status() != RectificationStatus.ISSUED)
			.allSatisfy(item -> assertThat(item.measures()).startsWith("演示数据"));
		assertThat(items).flatExtracting(item -> rectifications.steps(item.id()))
			.extracting(step -> step.action())
			.contains("ISSUE", "ANSWER", "RETURN", "CLOSE");
	}

}
