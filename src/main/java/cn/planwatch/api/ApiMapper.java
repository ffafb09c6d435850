package cn.planwatch.api;

import java.util.List;

import cn.planwatch.api.ApiDtos.AreaDto;
import cn.planwatch.api.ApiDtos.DepartmentDto;
import cn.planwatch.api.ApiDtos.GoalDto;
import cn.planwatch.api.ApiDtos.IndicatorDto;
import cn.planwatch.api.ApiDtos.MonitoringDto;
import cn.planwatch.api.ApiDtos.PlanDto;
import cn.planwatch.api.ApiDtos.RegionDto;
import cn.planwatch.api.ApiDtos.ResponsibilityDto;
import cn.planwatch.api.ApiDtos.StrategyTargetDto;
import cn.planwatch.api.ApiDtos.TargetDto;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.PlanMonitoringSetup;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Department;
import cn.planwatch.region.Region;

/** Module types → API shapes. */
final class ApiMapper {

	private ApiMapper() {
	}

	static RegionDto region(Region region) {
		return new RegionDto(region.code(), region.name(), region.level().name(), region.level().label(),
				region.parentCode(), region.demo());
	}

	static PlanDto plan(PlanDetail plan, PlanMonitoringSetup monitoring) {
		PlanSummary s = plan.summary();
		List<AreaDto> areas = plan.areas()
			.stream()
			.map(a -> new AreaDto(a.ordinal(), a.name(), a.goals()
				.stream()
				.map(g -> new GoalDto(g.number(), g.text(), g.targets().stream().map(ApiMapper::target).toList()))
				.toList(),
					a.strategyTargets()
						.stream()
						.map(t -> new StrategyTargetDto(t.measure(), t.sentence(), target(t.target())))
						.toList()))
			.toList();
		MonitoringDto monitoringDto = monitoring == null ? null
				: new MonitoringDto(monitoring.annualMonitoring(), monitoring.midTermEvaluation(),
						monitoring.finalEvaluation(), monitoring.evaluationYears(), monitoring.monitoringLead(),
						monitoring.evaluationLead(), monitoring.leadershipGroup(), monitoring.databaseLevels(),
						monitoring.sexDisaggregated(), monitoring.ageDisaggregated(), monitoring.earlyWarning(),
						monitoring.publication());
		return new PlanDto(s.id(), s.regionCode(), s.kind().slug(), s.title(), s.periodStart(), s.periodEnd(),
				s.status().name(), s.sourceDocument(), s.demo(), s.supersedesPlanId(), areas, monitoringDto);
	}

	static TargetDto target(Target t) {
		return new TargetDto(t.id(), t.indicatorCode(), t.indicatorName(), t.direction().code(), t.value(), t.unit(),
				t.targetYear(), t.qualifier(), t.baselineValue(), t.baselineYear(), t.midTermValue(),
				t.responsibilities()
					.stream()
					.map(r -> new ResponsibilityDto(r.departmentId(), r.departmentName(), r.role().name()))
					.toList());
	}

	static DepartmentDto department(Department d) {
		return new DepartmentDto(d.id(), d.regionCode(), d.kindCode(), d.kindName(), d.name(), d.liaisonName(),
				d.liaisonPhone());
	}

	static IndicatorDto indicator(Indicator i) {
		return new IndicatorDto(i.code(), i.name(), i.planKind().slug(), i.areaOrdinal(), i.areaName(), i.unit(),
				i.polarity().name(), i.definition(), i.numeratorName(), i.denominatorName(), i.multiplier(),
				i.disaggregations().stream().map(Enum::name).toList(), i.sourceDepartmentKind());
	}

}
