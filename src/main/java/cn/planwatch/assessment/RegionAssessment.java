package cn.planwatch.assessment;

import java.util.List;

import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.region.Region;

/**
 * A region's plans in force assessed for one year, with the years that have results and the
 * settings the results were computed with (every output prints them).
 */
public record RegionAssessment(Region region, int year, List<Integer> years, Settings settings,
		List<PlanAssessment> plans) {

	public RegionAssessment {
		years = List.copyOf(years);
		plans = List.copyOf(plans);
	}

	public boolean isEmpty() {
		return plans.isEmpty();
	}

}
