package cn.planwatch.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Responsibility;

/** A plan in force assessed for one year (totals only): the composite rate, and each area's. */
public record PlanAssessment(PlanSummary plan, int year, CompositeRate rate, List<AreaAssessment> areas,
		Settings settings) {

	public PlanAssessment {
		areas = List.copyOf(areas);
	}

	public List<TargetAssessment> targets() {
		return areas.stream().flatMap(a -> a.targets().stream()).toList();
	}

	/** The targets with a warning that calls for action (not merely 数据不足以判定). */
	public List<TargetAssessment> warned() {
		return targets().stream().filter(t -> t.result().needsAction()).toList();
	}

	/** The composite rate of the targets each department leads, in order of first appearance. */
	public Map<String, CompositeRate> byLeadDepartment() {
		Map<String, List<TargetAssessment>> groups = new LinkedHashMap<>();
		for (TargetAssessment target : targets()) {
			for (Responsibility lead : target.target().leads()) {
				groups.computeIfAbsent(lead.departmentName(), k -> new java.util.ArrayList<>()).add(target);
			}
		}
		Map<String, CompositeRate> rates = new LinkedHashMap<>();
		groups.forEach((department, list) -> rates.put(department,
				Assessments.rate(list.stream().map(TargetAssessment::result).toList(), settings)));
		return rates;
	}

}
