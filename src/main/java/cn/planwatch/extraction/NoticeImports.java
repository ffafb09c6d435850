package cn.planwatch.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.extraction.internal.ImportRepository;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.AreaStrategyTarget;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.IndicatorMatcher;
import cn.planwatch.plan.IndicatorSuggestion;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanMonitoringSetup;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.NotFoundException;

/**
 * Importing a plan notice: read the file, extract its plans, and save each as a draft plan of
 * the chosen region — targets linked to the catalogue where the match is confident, with the
 * indicator's usual source department suggested as lead. Everything happens in one transaction:
 * a file that cannot be read or holds no plan writes nothing.
 */
@Service
public class NoticeImports {

	private final ImportRepository repository;

	private final Plans plans;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final Departments departments;

	NoticeImports(ImportRepository repository, Plans plans, IndicatorCatalogue catalogue, Regions regions,
			Departments departments) {
		this.repository = repository;
		this.plans = plans;
		this.catalogue = catalogue;
		this.regions = regions;
		this.departments = departments;
	}

	/** Reads and extracts a notice for {@code regionCode}; throws {@link DocumentException} when it cannot. */
	@Transactional
	public ImportOutcome importNotice(String regionCode, String fileName, byte[] content, String uploadedBy) {
		Region region = regions.get(regionCode);
		String text = DocumentReader.read(fileName, content);
		ExtractionResult result = PlanDocumentExtractor.extract(text);
		List<String> warnings = new ArrayList<>(result.warnings());
		for (ExtractedPlan plan : result.plans()) {
			if (plan.region() != null && !plan.region().isBlank() && !region.name().contains(plan.region())
					&& !plan.region().contains(region.name())) {
				warnings.add("文件中的地区“" + plan.region() + "”与所选地区“" + region.name() + "”不一致，请确认是否选错了地区。");
			}
		}
		long importId = repository.insert(regionCode, fileName, content.length, text, warnings, uploadedBy);
		IndicatorMatcher matcher = catalogue.matcher();
		Map<String, Long> departmentByKind = new LinkedHashMap<>();
		for (Department department : departments.ofRegion(regionCode)) {
			departmentByKind.putIfAbsent(department.kindCode(), department.id());
		}
		List<Long> drafts = new ArrayList<>();
		for (ExtractedPlan plan : result.plans()) {
			PlanKind kind = PlanKind.fromSlug(plan.kind());
			Long supersedes = plans.ofRegion(regionCode)
				.stream()
				.filter(p -> p.kind() == kind && p.status() == PlanStatus.PUBLISHED)
				.max(Comparator.comparingLong(PlanSummary::id))
				.map(PlanSummary::id)
				.orElse(null);
			List<Area> areas = plan.areas()
				.stream()
				.map(area -> area(area, kind, matcher, departmentByKind))
				.toList();
			drafts.add(plans.create(new NewPlan(regionCode, kind, plan.title(), plan.periodStart(), plan.periodEnd(),
					fileName, false, areas, monitoring(plan.monitoring()), importId, supersedes)));
		}
		return new ImportOutcome(importId, drafts, warnings);
	}

	public Optional<NoticeImport> find(long id) {
		return repository.find(id);
	}

	public NoticeImport get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的导入记录。"));
	}

	public List<NoticeImport> ofRegions(List<String> regionCodes) {
		return repository.ofRegions(regionCodes);
	}

	private static Area area(ExtractedArea area, PlanKind kind, IndicatorMatcher matcher,
			Map<String, Long> departmentByKind) {
		List<Goal> goals = area.goals()
			.stream()
			.map(goal -> new Goal(null, goal.number(), goal.text(),
					goal.targets().stream().map(t -> target(t, kind, matcher, departmentByKind)).toList()))
			.toList();
		List<AreaStrategyTarget> strategy = area.strategyTargets()
			.stream()
			.map(s -> new AreaStrategyTarget(s.measure(), s.sentence(), target(s.target(), kind, matcher, departmentByKind)))
			.toList();
		String name = area.ordinal() <= kind.areaNames().size() && area.name() != null && !area.name().isBlank()
				? area.name() : kind.areaNames().get(area.ordinal() - 1);
		return new Area(null, area.ordinal(), name, goals, strategy);
	}

	private static Target target(ExtractedTarget extracted, PlanKind kind, IndicatorMatcher matcher,
			Map<String, Long> departmentByKind) {
		Direction direction = Direction.fromCode(extracted.direction());
		String code = null;
		List<Responsibility> responsibilities = new ArrayList<>();
		if (direction != Direction.QUALITATIVE) {
			List<IndicatorSuggestion> suggestions = matcher.suggest(extracted.indicator(), extracted.unit(), kind, 1);
			if (!suggestions.isEmpty() && suggestions.get(0).confident()) {
				Indicator indicator = suggestions.get(0).indicator();
				code = indicator.code();
				Long lead = indicator.sourceDepartmentKind() == null ? null
						: departmentByKind.get(indicator.sourceDepartmentKind());
				if (lead != null) {
					responsibilities.add(new Responsibility(lead, null, Responsibility.Role.LEAD));
				}
			}
		}
		return new Target(null, code, extracted.indicator(), direction, extracted.value(), extracted.unit(),
				extracted.year(), extracted.qualifier(), extracted.span(), null, null, null, responsibilities);
	}

	private static PlanMonitoringSetup monitoring(MonitoringSetup setup) {
		if (setup == null) {
			return null;
		}
		return new PlanMonitoringSetup(setup.annualMonitoring(), setup.midTermEvaluation(), setup.finalEvaluation(),
				setup.evaluationYears(), setup.monitoringLead(), setup.evaluationLead(), setup.leadershipGroup(),
				setup.databaseLevels(), setup.sexDisaggregated(), setup.ageDisaggregated(), setup.earlyWarning(),
				setup.publication(), setup.evidence());
	}

}
