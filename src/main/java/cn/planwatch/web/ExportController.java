package cn.planwatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.NotFoundException;

/**
 * Excel downloads of the key tables — the assessment's targets, the cockpit's warnings and county
 * ranking, the rectification items — with the same data and the same access rules as their pages.
 */
@Controller
class ExportController {

	private final CockpitSections sections;

	private final VisibleRectifications rectifications;

	private final Regions regions;

	private final AccessPolicy access;

	private final Clock clock;

	ExportController(CockpitSections sections, VisibleRectifications rectifications, Regions regions,
			AccessPolicy access, Optional<Clock> clock) {
		this.sections = sections;
		this.rectifications = rectifications;
		this.regions = regions;
		this.access = access;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@GetMapping("/regions/{code}/assessment.xlsx")
	ResponseEntity<byte[]> targets(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(required = false) Integer year) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		RegionAssessment assessment = assessed(region, year);
		return ExportTables.targets(assessment).download(region.name() + "-" + assessment.year() + "年规划目标评估");
	}

	@GetMapping("/regions/{code}/cockpit/warnings.xlsx")
	ResponseEntity<byte[]> warnings(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(required = false) Integer year) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		RegionAssessment assessment = assessed(region, year);
		return ExportTables.warnings(assessment, sections.warnings(assessment))
			.download(region.name() + "-" + assessment.year() + "年需关注的预警");
	}

	@GetMapping("/regions/{code}/cockpit/ranking.xlsx")
	ResponseEntity<byte[]> ranking(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(required = false) Integer year) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		int compared = sections.comparisonYear(region, sections.assessment(region, year), year)
			.orElseThrow(() -> new NotFoundException("地区“" + region.name() + "”没有下辖县区的评估结果，无法排名。"));
		return ExportTables.ranking(region, sections.counties(region, compared))
			.download(region.name() + "-" + compared + "年县区排名");
	}

	@GetMapping("/rectifications.xlsx")
	ResponseEntity<byte[]> rectifications(@AuthenticationPrincipal PlanWatchUser me) {
		LocalDate today = LocalDate.now(clock);
		return ExportTables
			.rectifications(rectifications.of(me),
					regions.all().stream().collect(Collectors.toMap(Region::code, Region::name)), today,
					regions.anyDemo())
			.download("整改事项-" + today);
	}

	private RegionAssessment assessed(Region region, Integer year) {
		return sections.assessment(region, year)
			.orElseThrow(() -> new NotFoundException("地区“" + region.name() + "”尚无评估结果。"));
	}

}
