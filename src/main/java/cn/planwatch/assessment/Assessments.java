package cn.planwatch.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.assessment.engine.CompositeRate;
import cn.planwatch.assessment.engine.Settings;
import cn.planwatch.assessment.internal.PendingRepository;
import cn.planwatch.assessment.internal.ResultRepository;
import cn.planwatch.assessment.internal.SettingsRepository;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.plan.TargetArea;
import cn.planwatch.plan.TrackingTarget;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * Reads the stored assessment results — of a region and year, or of one target over the years — with
 * the plans' structure around them. Anything still queued for the region is recomputed first, so a
 * reader never sees results older than the approved data.
 */
@Service
public class Assessments {

	private final ResultRepository results;

	private final PendingRepository pending;

	private final SettingsRepository settings;

	private final AssessmentUpdates updates;

	private final Plans plans;

	private final Regions regions;

	Assessments(ResultRepository results, PendingRepository pending, SettingsRepository settings,
			AssessmentUpdates updates, Plans plans, Regions regions) {
		this.results = results;
		this.pending = pending;
		this.settings = settings;
		this.updates = updates;
		this.plans = plans;
		this.regions = regions;
	}

	/** The years with results for the region, oldest first. */
	public List<Integer> years(String regionCode) {
		refresh(regionCode);
		return results.years(regionCode);
	}

	/** The latest year with results, if any. */
	public Optional<Integer> latestYear(String regionCode) {
		return latestYear(List.of(regionCode));
	}

	/** The latest year any of the regions has results for, if any. */
	public Optional<Integer> latestYear(Collection<String> regionCodes) {
		refresh(regionCodes);
		return results.yearsOfRegions(regionCodes)
			.values()
			.stream()
			.map(years -> years.get(years.size() - 1))
			.max(Integer::compare);
	}

	/** The region's plans in force assessed for the year (totals); plans without results that year are left out. */
	public RegionAssessment ofRegion(String regionCode, int year) {
		return ofRegions(List.of(regions.get(regionCode)), year).get(regionCode);
	}

	/**
	 * Several regions' plans in force assessed for the year, as {@link #ofRegion} — a city's counties side by
	 * side — read together with a fixed number of queries; keyed by region code, in the order given.
	 */
	public Map<String, RegionAssessment> ofRegions(List<Region> regionsAssessed, int year) {
		List<String> codes = regionsAssessed.stream().map(Region::code).toList();
		refresh(codes);
		Settings current = settings.current();
		Map<String, List<Integer>> years = results.yearsOfRegions(codes);
		Map<Long, AssessmentResult> byTarget = new HashMap<>();
		for (AssessmentResult result : results.totalsOfRegions(codes, year)) {
			byTarget.put(result.targetId(), result);
		}
		List<PlanSummary> published = plans.ofRegions(codes)
			.stream()
			.filter(summary -> summary.status() == PlanStatus.PUBLISHED)
			.toList();
		Map<Long, PlanDetail> details = plans.getAll(published.stream().map(PlanSummary::id).toList());
		Map<String, RegionAssessment> assessed = new LinkedHashMap<>();
		for (Region region : regionsAssessed) {
			List<PlanAssessment> planResults = new ArrayList<>();
			for (PlanSummary summary : published) {
				if (summary.regionCode().equals(region.code())) {
					PlanAssessment plan = assemble(details.get(summary.id()), year, byTarget, current);
					if (!plan.targets().isEmpty()) {
						planResults.add(plan);
					}
				}
			}
			assessed.put(region.code(),
					new RegionAssessment(region, year, years.getOrDefault(region.code(), List.of()), current, planResults));
		}
		return assessed;
	}

	/**
	 * The statuses of the regions' targets in their plans in force in one year (totals; targets under a goal,
	 * as the plans' assessments count them), each with its plan kind and area: composite rates and counts of
	 * warnings for many regions at once — a city's counties side by side — without reading whole results.
	 */
	public List<TargetStatus> statuses(List<Region> regionsCounted, int year) {
		List<String> codes = regionsCounted.stream().map(Region::code).toList();
		if (codes.isEmpty()) {
			return List.of();
		}
		refresh(codes);
		Map<Long, TargetArea> areas = new HashMap<>();
		plans.targetAreasInForce(codes).forEach(area -> areas.put(area.targetId(), area));
		return results.statusesOfRegions(codes, year)
			.stream()
			.filter(row -> areas.containsKey(row.targetId()))
			.map(row -> {
				TargetArea area = areas.get(row.targetId());
				return new TargetStatus(row.regionCode(), area.planId(), area.kind(), area.areaOrdinal(), row.targetId(),
						row.status(), row.judged(), row.needsAction());
			})
			.toList();
	}

	/** Every stored result of one target: all breakdowns and years. */
	public List<AssessmentResult> ofTarget(long targetId) {
		PlanDetail plan = plans.get(plans.planOfTarget(targetId));
		refresh(plan.summary().regionCode());
		return results.ofTarget(targetId);
	}

	/** The totals' results in one year of targets of several regions, e.g. the regions tracking an indicator. */
	public List<AssessmentResult> totalsOf(List<TrackingTarget> targets, int year) {
		if (targets.isEmpty()) {
			return List.of();
		}
		refresh(targets.stream().map(TrackingTarget::regionCode).distinct().toList());
		return results.totalsOfTargets(targets.stream().map(TrackingTarget::targetId).toList(), year);
	}

	public Settings settings() {
		return settings.current();
	}

	/** Changes the settings and recomputes every region with a plan in force (a change affects all results). */
	@Transactional
	public void updateSettings(Settings changed, String user) {
		if (changed.tolerance() > 0.5) {
			throw new InvalidInputException("tolerance", "基本实现的容差不能超过50%。");
		}
		if (!(changed.difficultShare() >= 0 && changed.onTrackShare() <= 1.5)) {
			throw new InvalidInputException("shares", "进展判定阈值须满足 0 ≤ 预计完成困难线 ≤ 预计可实现线 ≤ 150%。");
		}
		settings.update(changed, user);
		pending.addAllRegions();
	}

	/**
	 * Recomputes everything queued now (normally done after each change; useful after bulk changes), several
	 * regions at a time, each in its own transaction; throws the first failure once all have run.
	 */
	public void recomputeQueued() {
		updates.processAll(pending.regions());
	}

	/** Queues and recomputes every region with a plan in force. */
	public void recomputeAll() {
		pending.addAllRegions();
		recomputeQueued();
	}

	private void refresh(String regionCode) {
		refresh(List.of(regionCode));
	}

	/** Recomputes whatever is still queued for the regions, so that a reader sees current results. */
	private void refresh(Collection<String> regionCodes) {
		if (!regionCodes.isEmpty()) {
			pending.queuedAmong(regionCodes).forEach(updates::process);
		}
	}

	static PlanAssessment assemble(PlanDetail plan, int year, Map<Long, AssessmentResult> byTarget, Settings settings) {
		List<AreaAssessment> areas = new ArrayList<>();
		List<AssessmentResult> all = new ArrayList<>();
		for (Area area : plan.areas()) {
			List<TargetAssessment> targets = new ArrayList<>();
			for (Goal goal : area.goals()) {
				for (Target target : goal.targets()) {
					AssessmentResult result = byTarget.get(target.id());
					if (result != null) {
						targets.add(new TargetAssessment(plan.summary().id(), area.ordinal(), area.name(), goal.number(),
								target, result));
						all.add(result);
					}
				}
			}
			if (!targets.isEmpty()) {
				areas.add(new AreaAssessment(area.ordinal(), area.name(),
						rate(targets.stream().map(TargetAssessment::result).toList(), settings), targets));
			}
		}
		return new PlanAssessment(plan.summary(), year,
				rate(all, settings), areas, settings);
	}

	static CompositeRate rate(List<AssessmentResult> results, Settings settings) {
		return CompositeRate.of(results.stream().map(AssessmentResult::status).toList(),
				(int) results.stream().filter(AssessmentResult::judged).count(), settings);
	}

	/** The plan a target belongs to, for callers that show one target. */
	public PlanDetail planOfTarget(long targetId) {
		return plans.find(plans.planOfTarget(targetId))
			.orElseThrow(() -> new NotFoundException("没有编号为 " + targetId + " 的目标。"));
	}

}
