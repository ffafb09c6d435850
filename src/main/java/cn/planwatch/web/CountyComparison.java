package cn.planwatch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.planwatch.assessment.AreaAssessment;
import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.assessment.engine.CompositeRates;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Region;

/**
 * A city's counties side by side for one year: ranked by the composite rate of all their plans' targets
 * (equal rates share a place; a county without results comes last, unranked), and per plan kind a table
 * of counties × areas with each area's rate.
 */
public record CountyComparison(int year, List<Place> ranking, List<AreaTable> areaTables) {

	/** A county's place: its overall rate, the rate of each plan kind, and its warnings that call for action. */
	public record Place(Integer rank, Region region, CompositeRate rate, Map<PlanKind, CompositeRate> byKind,
			int warned) {

		public CompositeRate women() {
			return byKind.get(PlanKind.WOMEN);
		}

		public CompositeRate children() {
			return byKind.get(PlanKind.CHILDREN);
		}

	}

	/** One plan kind: its standard areas as columns, a row per county with the rate of each area (null: no targets assessed). */
	public record AreaTable(PlanKind kind, List<String> areaNames, List<AreaRow> rows) {
	}

	public record AreaRow(Region region, CompositeRate planRate, List<CompositeRate> areas) {
	}

	static CountyComparison of(int year, List<Region> counties, Map<String, RegionAssessment> assessments,
			Settings settings) {
		Map<Region, CompositeRate> overall = new LinkedHashMap<>();
		Map<Region, Map<PlanKind, CompositeRate>> byKind = new LinkedHashMap<>();
		Map<Region, Integer> warned = new LinkedHashMap<>();
		for (Region county : counties) {
			List<PlanAssessment> plans = plansOf(assessments.get(county.code()));
			List<AssessmentResult> results = plans.stream()
				.flatMap(p -> p.targets().stream())
				.map(TargetAssessment::result)
				.toList();
			overall.put(county, CompositeRate.of(results.stream().map(AssessmentResult::status).toList(),
					(int) results.stream().filter(AssessmentResult::judged).count(), settings));
			Map<PlanKind, CompositeRate> kinds = new LinkedHashMap<>();
			plans.forEach(p -> kinds.put(p.plan().kind(), p.rate()));
			byKind.put(county, kinds);
			warned.put(county, plans.stream().mapToInt(p -> p.warned().size()).sum());
		}
		List<Place> ranking = CompositeRates.rank(overall)
			.stream()
			.map(r -> new Place(r.rank(), r.key(), r.rate(), byKind.get(r.key()), warned.get(r.key())))
			.toList();
		List<AreaTable> tables = new ArrayList<>();
		for (PlanKind kind : PlanKind.values()) {
			List<AreaRow> rows = new ArrayList<>();
			for (Region county : counties) {
				Optional<PlanAssessment> plan = plansOf(assessments.get(county.code())).stream()
					.filter(p -> p.plan().kind() == kind)
					.findFirst();
				List<CompositeRate> areas = new ArrayList<>();
				for (int ordinal = 1; ordinal <= kind.areaNames().size(); ordinal++) {
					int wanted = ordinal;
					areas.add(plan.flatMap(p -> p.areas().stream().filter(a -> a.ordinal() == wanted).findFirst())
						.map(AreaAssessment::rate)
						.orElse(null));
				}
				rows.add(new AreaRow(county, plan.map(PlanAssessment::rate).orElse(null), areas));
			}
			if (rows.stream().anyMatch(r -> r.planRate() != null)) {
				tables.add(new AreaTable(kind, kind.areaNames(), rows));
			}
		}
		return new CountyComparison(year, ranking, tables);
	}

	private static List<PlanAssessment> plansOf(RegionAssessment assessment) {
		return assessment == null ? List.of() : assessment.plans();
	}

	public boolean isEmpty() {
		return ranking.isEmpty();
	}

}
