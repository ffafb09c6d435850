package cn.planwatch.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.region.Region;
import cn.planwatch.region.RegionLevel;
import cn.planwatch.region.Regions;

/**
 * The sections of a region's cockpit, each read with few queries — for the cockpit page and for the
 * exports of its tables, so that a download holds what the page shows. Access is checked by the callers.
 */
@Component
class CockpitSections {

	private final Assessments assessments;

	private final Rectifications rectifications;

	private final Rounds rounds;

	private final Reporting reporting;

	private final MonitoringData data;

	private final Regions regions;

	CockpitSections(Assessments assessments, Rectifications rectifications, Rounds rounds, Reporting reporting,
			MonitoringData data, Regions regions) {
		this.assessments = assessments;
		this.rectifications = rectifications;
		this.rounds = rounds;
		this.reporting = reporting;
		this.data = data;
		this.regions = regions;
	}

	/** The region's assessment of the year asked for, or of its latest year; empty when it has no results. */
	Optional<RegionAssessment> assessment(Region region, Integer year) {
		List<Integer> years = assessments.years(region.code());
		if (years.isEmpty()) {
			return Optional.empty();
		}
		int shown = year != null && years.contains(year) ? year : years.get(years.size() - 1);
		return Optional.of(assessments.ofRegion(region.code(), shown));
	}

	List<ActionWarning> warnings(RegionAssessment assessment) {
		return ActionWarning.of(assessment, rectifications.ofRegions(List.of(assessment.region().code())));
	}

	/** The open rectification items of the region and the regions below it. */
	RectificationOverview rectifications(Region region, LocalDate today) {
		return RectificationOverview.of(rectifications.ofRegions(subtreeCodes(region)), today);
	}

	/** The completeness of the region's current round: its latest open one. */
	Optional<RoundProgress> currentRound(Region region, LocalDate today) {
		return latestOpen(rounds.ofRegions(List.of(region.code())), region).map(round -> progress(round, region, today));
	}

	/** For a city: each county below it with its current round, if it has one open. */
	List<CountyRound> countyRounds(Region region, LocalDate today) {
		List<Region> counties = counties(region);
		List<Round> all = rounds.ofRegions(counties.stream().map(Region::code).toList());
		return counties.stream()
			.map(county -> new CountyRound(county,
					latestOpen(all, county).map(round -> progress(round, county, today)).orElse(null)))
			.toList();
	}

	private RoundProgress progress(Round round, Region region, LocalDate today) {
		return RoundProgress.of(round, region, reporting.completion(round.id()),
				regions.subtree(region.code()).stream().collect(Collectors.toMap(Region::code, Region::name)), today);
	}

	List<KeyIndicatorTrend> trends(RegionAssessment assessment) {
		return KeyIndicatorTrend.of(assessment, data.ofRegion(assessment.region().code(), KeyIndicatorTrend.CODES));
	}

	/**
	 * For a city: the year its counties are compared in — that of the city's own assessment, else the year
	 * asked for, else the latest year any county has results for; empty for a county or without results.
	 */
	Optional<Integer> comparisonYear(Region region, Optional<RegionAssessment> assessment, Integer year) {
		List<Region> counties = counties(region);
		if (counties.isEmpty()) {
			return Optional.empty();
		}
		if (assessment.isPresent()) {
			return Optional.of(assessment.get().year());
		}
		return year != null ? Optional.of(year)
				: assessments.latestYear(counties.stream().map(Region::code).toList());
	}

	/** For a city: its counties side by side in the year; empty for a county. */
	CountyComparison counties(Region region, int year) {
		List<Region> counties = counties(region);
		return CountyComparison.of(year, counties, assessments.statuses(counties, year), assessments.settings());
	}

	/** The regions directly below a city or province that have plans of their own: its counties. */
	List<Region> counties(Region region) {
		if (region.level() == RegionLevel.COUNTY || region.level() == RegionLevel.TOWNSHIP) {
			return List.of();
		}
		return regions.children(region.code());
	}

	/** The region's latest open round among {@code rounds} (which {@link Rounds#ofRegions} lists newest first). */
	private static Optional<Round> latestOpen(List<Round> rounds, Region region) {
		return rounds.stream().filter(round -> round.open() && round.regionCode().equals(region.code())).findFirst();
	}

	private List<String> subtreeCodes(Region region) {
		return regions.subtree(region.code()).stream().map(Region::code).toList();
	}

}
