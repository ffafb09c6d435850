package cn.planwatch.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.assessment.engine.CompositeRates;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.assessment.engine.Series;
import cn.planwatch.assessment.engine.SexGap;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/**
 * Comparisons: the sex gap (female vs male, difference, ratio and its trend) of every indicator a
 * region's plans track with sex-disaggregated data, and the ranking of a region's sub-regions by the
 * composite attainment rate of their plan of one kind (shared places for equal rates).
 */
@Service
public class Comparisons {

	private final Assessments assessments;

	private final MonitoringData data;

	private final Regions regions;

	Comparisons(Assessments assessments, MonitoringData data, Regions regions) {
		this.assessments = assessments;
		this.data = data;
		this.regions = regions;
	}

	/** Indicator code → its sex gap up to {@code year}, for the indicators of the region's plans with female and male data. */
	public Map<String, SexGap> sexGaps(String regionCode, int year) {
		RegionAssessment assessment = assessments.ofRegion(regionCode, year);
		Map<String, String[]> indicators = new LinkedHashMap<>();
		for (PlanAssessment plan : assessment.plans()) {
			for (TargetAssessment t : plan.targets()) {
				if (t.target().indicatorCode() != null) {
					indicators.putIfAbsent(t.target().indicatorCode(),
							new String[] { t.target().indicatorName(), Objects.requireNonNullElse(t.target().unit(), "") });
				}
			}
		}
		Map<String, Series.Builder> female = new LinkedHashMap<>();
		Map<String, Series.Builder> male = new LinkedHashMap<>();
		for (ApprovedValue value : data.ofRegion(regionCode, indicators.keySet())) {
			if (value.year() > year || value.value() == null) {
				continue;
			}
			if (value.breakdownKey().equals(Breakdown.FEMALE.key())) {
				female.computeIfAbsent(value.indicatorCode(), k -> Series.builder()).value(value.year(), value.value().doubleValue());
			}
			else if (value.breakdownKey().equals(Breakdown.MALE.key())) {
				male.computeIfAbsent(value.indicatorCode(), k -> Series.builder()).value(value.year(), value.value().doubleValue());
			}
		}
		Map<String, SexGap> gaps = new LinkedHashMap<>();
		indicators.forEach((code, names) -> {
			if (female.containsKey(code) && male.containsKey(code)) {
				SexGap gap = SexGap.compare(names[0], names[1], female.get(code).build(), male.get(code).build());
				if (!gap.isEmpty()) {
					gaps.put(code, gap);
				}
			}
		});
		return gaps;
	}

	/** The sub-regions of {@code parentCode} with results in {@code year}, ranked by their plan's composite rate. */
	public List<CompositeRates.Ranked<Region>> rankChildren(String parentCode, int year, PlanKind kind) {
		Map<Region, CompositeRate> rates = new LinkedHashMap<>();
		List<Region> children = regions.children(parentCode);
		Map<String, List<TargetStatus>> byChild = assessments.statuses(children, year)
			.stream()
			.filter(status -> status.kind() == kind)
			.collect(Collectors.groupingBy(TargetStatus::regionCode));
		Settings settings = assessments.settings();
		for (Region child : children) {
			if (byChild.containsKey(child.code())) {
				rates.put(child, TargetStatus.rate(byChild.get(child.code()), settings));
			}
		}
		return new ArrayList<>(CompositeRates.rank(rates));
	}

}
