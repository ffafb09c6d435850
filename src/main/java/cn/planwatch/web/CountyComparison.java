package cn.planwatch.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.TargetStatus;
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

	/** The counties compared by their targets' statuses in the year ({@link Assessments#statuses}). */
	static CountyComparison of(int year, List<Region> counties, List<TargetStatus> statuses, Settings settings) {
		Map<String, List<TargetStatus>> byCounty = statuses.stream()
			.collect(Collectors.groupingBy(TargetStatus::regionCode));
		Map<Region, CompositeRate> overall = new LinkedHashMap<>();
		Map<Region, Map<PlanKind, CompositeRate>> byKind = new LinkedHashMap<>();
		Map<Region, Integer> warned = new LinkedHashMap<>();
		for (Region county : counties) {
			List<TargetStatus> own = byCounty.getOrDefault(county.code(), List.of());
			overall.put(county, TargetStatus.rate(own, settings));
			Map<PlanKind, CompositeRate> kinds = new EnumMap<>(PlanKind.class);
			own.stream()
				.collect(Collectors.groupingBy(TargetStatus::kind))
				.forEach((kind, ofKind) -> kinds.put(kind, TargetStatus.rate(ofKind, settings)));
			byKind.put(county, kinds);
			warned.put(county, (int) own.stream().filter(TargetStatus::needsAction).count());
		}
		List<Place> ranking = CompositeRates.rank(overall)
			.stream()
			.map(r -> new Place(r.rank(), r.key(), r.rate(), byKind.get(r.key()), warned.get(r.key())))
			.toList();
		List<AreaTable> tables = new ArrayList<>();
		for (PlanKind kind : PlanKind.values()) {
			List<AreaRow> rows = new ArrayList<>();
			for (Region county : counties) {
				Map<Integer, List<TargetStatus>> byArea = byCounty.getOrDefault(county.code(), List.of())
					.stream()
					.filter(status -> status.kind() == kind)
					.collect(Collectors.groupingBy(TargetStatus::areaOrdinal));
				List<CompositeRate> areas = new ArrayList<>();
				for (int ordinal = 1; ordinal <= kind.areaNames().size(); ordinal++) {
					List<TargetStatus> inArea = byArea.get(ordinal);
					areas.add(inArea == null ? null : TargetStatus.rate(inArea, settings));
				}
				rows.add(new AreaRow(county, byKind.get(county).get(kind), areas));
			}
			if (rows.stream().anyMatch(r -> r.planRate() != null)) {
				tables.add(new AreaTable(kind, kind.areaNames(), rows));
			}
		}
		return new CountyComparison(year, ranking, tables);
	}

	public boolean isEmpty() {
		return ranking.isEmpty();
	}

}
