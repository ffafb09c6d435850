package cn.planwatch.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.planwatch.assessment.engine.AssessmentMother.judged;
import static cn.planwatch.assessment.engine.AssessmentMother.measured;
import static cn.planwatch.assessment.engine.AssessmentMother.qualitative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Composite rates per area or department, the total over all targets, and rankings with shared places. */
class CompositeRatesTest {

	private static final Settings DEFAULTS = Settings.defaults();

	// ≥70 % targets: A 75 已实现 [卫生健康委]; B 60 未实现 [卫生健康委]; C 80 已实现 [教育厅]; D 67 基本实现 [教育厅, 妇联];
	// E qualitative judged 已实现 [妇联]; F qualitative unjudged [妇联, 民政厅]; G no value 无数据 [民政厅]
	private final List<Assessment> assessments = List.of(measured("A", 75.0), measured("B", 60.0), measured("C", 80.0),
			measured("D", 67.0), qualitative("E", judged(AttainmentStatus.ACHIEVED)), qualitative("F", null),
			measured("G", null));

	private static final Map<String, List<String>> DEPARTMENTS = Map.of("A", List.of("卫生健康委"), "B", List.of("卫生健康委"),
			"C", List.of("教育厅"), "D", List.of("教育厅", "妇联"), "E", List.of("妇联"), "F", List.of("妇联", "民政厅"), "G",
			List.of("民政厅"));

	private static List<String> departments(Assessment assessment) {
		return DEPARTMENTS.get(assessment.target().indicator());
	}

	@Test
	void targetOfSeveralDepartmentsCountsInEachAndOnceInTheTotal() {
		// 卫生健康委 A, B → 1/2; 教育厅 C, D → 2/2; 妇联 D, E (judged), F (left out) → 2/2, judged 1, 定性 1;
		// 民政厅 F (left out), G (无数据, left out) → 0/0, no rate
		// total A–G once: 已实现 A, C, E + 基本实现 D = 4 of 4 + 未实现 B = 5 → 80 % (group denominators add to 6)
		CompositeRates<String> rates = CompositeRates.groupByEach(assessments, CompositeRatesTest::departments, DEFAULTS);
		assertThat(rates.groups().keySet()).containsExactly("卫生健康委", "教育厅", "妇联", "民政厅");
		assertThat(rates.groups().get("卫生健康委").rate()).isEqualTo(0.5);
		assertThat(rates.groups().get("教育厅").rate()).isEqualTo(1.0);
		CompositeRate women = rates.groups().get("妇联");
		assertThat(women.numerator()).isEqualTo(2);
		assertThat(women.denominator()).isEqualTo(2);
		assertThat(women.judged()).isEqualTo(1);
		assertThat(women.qualitative()).isEqualTo(1);
		CompositeRate civil = rates.groups().get("民政厅");
		assertThat(civil.rate()).isNull();
		assertThat(civil.noData()).isEqualTo(1);
		assertThat(rates.total().numerator()).isEqualTo(4);
		assertThat(rates.total().denominator()).isEqualTo(5);
		assertThat(rates.total().rate()).isEqualTo(0.8);
		assertThat(rates.total().judged()).isEqualTo(1);
	}

	@Test
	void oneKeyPerAssessmentGroupsInOrderOfFirstAppearanceOrInTheCallersOrder() {
		// 健康 A, B → 1/2; 教育 C, D → 2/2; 法律 E, F → 1/1 (F unjudged, left out); 福利 G → 0/0
		Map<String, String> areas = Map.of("A", "健康", "B", "健康", "C", "教育", "D", "教育", "E", "法律", "F", "法律", "G",
				"福利");
		CompositeRates<String> rates = CompositeRates.groupBy(assessments, a -> areas.get(a.target().indicator()),
				DEFAULTS);
		assertThat(rates.groups().keySet()).containsExactly("健康", "教育", "法律", "福利");
		assertThat(rates.groups().get("法律").describe()).startsWith("综合达标率100%（1/1）；分母为可监测的量化目标数（不含无数据目标）；定性目标经人工评判后计入（1项）");

		List<String> reportOrder = List.of("教育", "健康", "福利", "法律");
		CompositeRates<String> sorted = rates.sortedBy(Comparator.comparing(reportOrder::indexOf));
		assertThat(sorted.groups().keySet()).containsExactly("教育", "健康", "福利", "法律");
		assertThat(sorted.groups().get("健康")).isEqualTo(rates.groups().get("健康"));
		assertThat(sorted.total()).isEqualTo(rates.total());
	}

	@Test
	void repeatedKeysOfOneAssessmentCountItOnceAndNoKeysLeaveItToTheTotal() {
		CompositeRates<String> rates = CompositeRates.groupByEach(List.of(measured("A", 75.0), measured("B", 60.0)),
				a -> a.target().indicator().equals("A") ? List.of("妇联", "妇联") : List.of(), DEFAULTS);
		assertThat(rates.groups()).containsOnlyKeys("妇联");
		assertThat(rates.groups().get("妇联").denominator()).isEqualTo(1);
		assertThat(rates.total().denominator()).isEqualTo(2);
	}

	@Test
	void nullKeyIsRefused() {
		assertThatThrownBy(() -> CompositeRates.groupBy(assessments, a -> null, DEFAULTS))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("null key for A");
	}

	@Test
	void equalRatesShareARankAndTheNextRankSkipsAndMissingRatesComeLastUnranked() {
		// a 2/4 = 0.5, b 3/4 = 0.75, c 3/6 = 0.5, d 0/0, e 1/4 = 0.25 → b 1; a, c 2; e 4; d unranked
		Map<String, CompositeRate> rates = new LinkedHashMap<>();
		rates.put("a", rate(2, 2));
		rates.put("b", rate(3, 1));
		rates.put("c", rate(3, 3));
		rates.put("d", rate(0, 0));
		rates.put("e", rate(1, 3));
		List<CompositeRates.Ranked<String>> ranking = CompositeRates.rank(rates);
		assertThat(ranking).extracting(CompositeRates.Ranked::key).containsExactly("b", "a", "c", "e", "d");
		assertThat(ranking).extracting(CompositeRates.Ranked::rank).containsExactly(1, 2, 2, 4, null);
		assertThat(ranking.get(0).rate()).isSameAs(rates.get("b"));
	}

	@Test
	void rankingOfNoGroupsIsEmpty() {
		assertThat(CompositeRates.rank(Map.of())).isEmpty();
	}

	private static CompositeRate rate(int achieved, int notAchieved) {
		List<AttainmentStatus> statuses = new ArrayList<>(Collections.nCopies(achieved, AttainmentStatus.ACHIEVED));
		statuses.addAll(Collections.nCopies(notAchieved, AttainmentStatus.NOT_ACHIEVED));
		return CompositeRate.of(statuses, DEFAULTS);
	}

}
