package cn.planwatch.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.AreaAssessment;
import cn.planwatch.assessment.AssessmentResult;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Comparisons;
import cn.planwatch.assessment.engine.SexGap;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The stored assessment of a region and year, as JSON. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "监测评估", description = "目标达标状态、趋势预测、完成比例与预警")
class AssessmentApi {

	private final Assessments assessments;

	private final Comparisons comparisons;

	private final Regions regions;

	private final AccessPolicy access;

	AssessmentApi(Assessments assessments, Comparisons comparisons, Regions regions, AccessPolicy access) {
		this.assessments = assessments;
		this.comparisons = comparisons;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/{code}/assessment")
	@Operation(summary = "地区某年度的监测评估",
			description = "该地区现行规划的每个目标在该年度的达标状态、趋势判断、完成比例P、目标年和中期年预测及区间、预警与理由，"
					+ "以及各规划、各领域、各牵头单位的综合达标率和口径。不指定年度时为有评估结果的最近年度。")
	AssessmentDtos.RegionAssessmentDto assessment(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@Parameter(description = "评估年度，如 2024") @RequestParam(required = false) Integer year) {
		Region region = regions.get(code);
		access.requirePlansOf(me, region);
		List<Integer> years = assessments.years(code);
		if (years.isEmpty()) {
			throw new NotFoundException("地区“" + region.name() + "”尚无评估结果：还没有已发布的规划或已审核通过的监测数据。");
		}
		int shown = year == null ? years.get(years.size() - 1) : year;
		if (!years.contains(shown)) {
			throw new NotFoundException("地区“" + region.name() + "”没有 " + shown + " 年的评估结果；有结果的年度：" + years + "。");
		}
		RegionAssessment assessment = assessments.ofRegion(code, shown);
		return new AssessmentDtos.RegionAssessmentDto(region.code(), region.name(), region.demo(), shown, years,
				assessment.settings().denominatorRule().text(), assessment.settings().toleranceText(),
				assessment.plans().stream().map(AssessmentApi::plan).toList(),
				comparisons.sexGaps(code, shown).entrySet().stream().map(e -> sexGap(e.getKey(), e.getValue())).toList());
	}

	@GetMapping("/{code}/assessment/ranking")
	@Operation(summary = "下辖地区排名", description = "下辖地区按该类规划的综合达标率排名（并列同名次；无法计算的排在最后、无名次）。")
	List<AssessmentDtos.RankDto> ranking(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@Parameter(description = "评估年度") @RequestParam int year,
			@Parameter(description = "women 或 children") @RequestParam String plan) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		PlanKind kind = PlanKind.fromParameter(plan);
		return comparisons.rankChildren(code, year, kind)
			.stream()
			.filter(r -> access.canSeeRegion(me, r.key()))
			.map(r -> new AssessmentDtos.RankDto(r.rank(), r.key().code(), r.key().name(), rate(r.rate())))
			.toList();
	}

	private static AssessmentDtos.SexGapDto sexGap(String code, SexGap gap) {
		var latest = gap.latest().orElseThrow();
		return new AssessmentDtos.SexGapDto(code, gap.indicator(), latest.year(), latest.female(), latest.male(),
				latest.difference(), latest.ratio(), gap.trend() != null && gap.trend().narrowing(), gap.describe());
	}

	private static AssessmentDtos.PlanAssessmentDto plan(PlanAssessment plan) {
		return new AssessmentDtos.PlanAssessmentDto(plan.plan().id(), plan.plan().kind().name(), plan.plan().title(),
				plan.plan().period(), rate(plan.rate()), plan.areas().stream().map(AssessmentApi::area).toList(),
				plan.byLeadDepartment().entrySet().stream()
					.map(e -> new AssessmentDtos.DepartmentRateDto(e.getKey(), rate(e.getValue())))
					.toList(),
				plan.targets().stream().map(AssessmentApi::target).toList());
	}

	private static AssessmentDtos.AreaRateDto area(AreaAssessment area) {
		return new AssessmentDtos.AreaRateDto(area.ordinal(), area.name(), area.targets().size(), rate(area.rate()),
				area.warned());
	}

	static AssessmentDtos.RateDto rate(CompositeRate rate) {
		return new AssessmentDtos.RateDto(rate.rate(), rate.numerator(), rate.denominator(), rate.achieved(),
				rate.basicallyAchieved(), rate.notAchieved(), rate.noData(), rate.qualitative(), rate.judged(),
				rate.describe());
	}

	private static AssessmentDtos.TargetResultDto target(TargetAssessment t) {
		AssessmentResult r = t.result();
		return new AssessmentDtos.TargetResultDto(t.target().id(), t.areaOrdinal(), t.goalNumber(),
				t.target().indicatorCode(), t.target().indicatorName(), t.target().direction().code(),
				t.target().value(), t.target().unit(), t.leadDepartments(), r.year(), r.value(), r.status().name(),
				r.status().label(), r.progress().name(), r.progress().label(), r.share(), r.midTermShare(),
				r.baselineYear(), r.baselineValue(),
				r.forecastYear() == null ? null
						: new AssessmentDtos.ProjectionDto(r.forecastYear(), r.forecastValue(), r.forecastLower(),
								r.forecastUpper()),
				r.midTermYear() == null ? null
						: new AssessmentDtos.ProjectionDto(r.midTermYear(), r.midTermValue(), r.midTermLower(),
								r.midTermUpper()),
				r.scale(), r.yearlyChange(), r.points(), r.trendPValue(), r.uncertain(), r.judged(),
				r.warnings().stream()
					.map(w -> new AssessmentDtos.WarningDto(w.rule().name(), w.label(), w.needsAction(), w.text()))
					.toList(),
				r.explanation());
	}

}
