package cn.planwatch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.region.Departments;

/**
 * The demo's rectification (整改) items, written through the assessment module once the demo's results
 * exist: four warnings of the first county's latest year issued to their lead departments — one waiting
 * for the department's measures, one answered, one answered and returned for more detail, one closed —
 * so the cockpit, the rectification pages and the departments' start pages show work in every state.
 * All texts are synthetic. Called once, after the demo's load transaction has committed.
 */
@Component
@ConditionalOnProperty(name = "planwatch.demo.enabled", havingValue = "true")
class DemoRectification {

	private static final Logger log = LoggerFactory.getLogger(DemoRectification.class);

	static final int ITEMS = 4;

	private final Assessments assessments;

	private final Rectifications rectifications;

	private final Departments departments;

	DemoRectification(Assessments assessments, Rectifications rectifications, Departments departments) {
		this.assessments = assessments;
		this.rectifications = rectifications;
		this.departments = departments;
	}

	void load(LocalDate today) {
		DemoRegion county = DemoRegion.CITY.children().get(0);
		Optional<Integer> year = assessments.latestYear(county.code());
		if (year.isEmpty()) {
			log.warn("Demo rectification items skipped: {} has no assessment results", county.name());
			return;
		}
		String office = county.slug() + "-office";
		List<Rectification> issued = new ArrayList<>();
		Set<Long> asked = new HashSet<>();
		for (TargetAssessment warned : warnedWithLead(county, year.get())) {
			long lead = lead(warned).orElseThrow().departmentId();
			if (!asked.add(lead)) {
				continue; // one item per department, so that several departments have work to do
			}
			String request = "演示数据：请分析“" + warned.target().indicatorName() + "”" + year.get()
					+ " 年出现预警的原因，提出整改措施和完成时限，按期报送。";
			long id = rectifications.issue(warned.target().id(), year.get(), lead, request, today.plusWeeks(2), office,
					today);
			issued.add(rectifications.get(id));
			if (issued.size() == ITEMS) {
				break;
			}
		}
		for (int i = 1; i < issued.size(); i++) {
			Rectification item = issued.get(i);
			String reporter = county.slug() + "-reporter-" + departments.get(item.departmentId()).kindCode();
			rectifications.answer(item.id(), item.version(), "演示数据：成立专项工作组，逐月调度相关数据；会同配合单位开展专项督导，"
					+ "对薄弱乡镇加强指导；年底前组织一次自查并报送进展。", today.plusMonths(3), reporter);
			Rectification answered = rectifications.get(item.id());
			if (i == 2) {
				rectifications.returnAnswer(item.id(), answered.version(), "演示数据：措施不够具体，请补充分乡镇的任务分解和时间节点。",
						office);
			}
			else if (i == 3) {
				rectifications.close(item.id(), answered.version(), "演示数据：措施具体可行，已纳入年度重点工作，同意销号。", office);
			}
		}
		log.info("Demo rectification items issued: {} for {} {}", issued.size(), county.name(), year.get());
	}

	/** The year's warnings that call for action and whose target has a lead department, in the plans' order. */
	private List<TargetAssessment> warnedWithLead(DemoRegion county, int year) {
		return assessments.ofRegion(county.code(), year)
			.plans()
			.stream()
			.map(PlanAssessment::warned)
			.flatMap(List::stream)
			.filter(t -> lead(t).isPresent())
			.toList();
	}

	private static Optional<Responsibility> lead(TargetAssessment target) {
		return target.target()
			.responsibilities()
			.stream()
			.filter(r -> r.role() == Responsibility.Role.LEAD)
			.findFirst();
	}

}
