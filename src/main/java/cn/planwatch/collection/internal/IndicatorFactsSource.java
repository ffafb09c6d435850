package cn.planwatch.collection.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.planwatch.collection.check.IndicatorFacts;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;

/** The facts the checks need about indicators: the catalogue entry and the target the region's plan in force sets. */
@Component
public class IndicatorFactsSource {

	private final IndicatorCatalogue catalogue;

	private final Plans plans;

	IndicatorFactsSource(IndicatorCatalogue catalogue, Plans plans) {
		this.catalogue = catalogue;
		this.plans = plans;
	}

	/** Facts for every catalogue indicator, with targets from the plans in force of {@code planRegionCode}. */
	public Map<String, IndicatorFacts> forRegion(String planRegionCode) {
		Map<String, Target> targets = new HashMap<>();
		plans.ofRegion(planRegionCode)
			.stream()
			.filter(p -> p.status() == PlanStatus.PUBLISHED)
			.forEach(p -> plans.get(p.id())
				.targets()
				.filter(t -> t.indicatorCode() != null && t.value() != null && t.direction().isBound())
				.forEach(t -> targets.putIfAbsent(t.indicatorCode(), t)));
		Map<String, IndicatorFacts> facts = new HashMap<>();
		for (Indicator indicator : catalogue.all()) {
			Target target = targets.get(indicator.code());
			facts.put(indicator.code(), IndicatorFacts.of(indicator, target == null ? null : target.direction().code(),
					target == null ? null : target.value()));
		}
		return facts;
	}

}
