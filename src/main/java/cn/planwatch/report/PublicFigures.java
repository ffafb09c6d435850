package cn.planwatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;

/**
 * The figures the public pages show: for each published indicator of a region, its approved values
 * (total, and female/male where reported) up to the year it was published through — nothing else.
 */
@Service
public class PublicFigures {

	private final Publications publications;

	private final MonitoringData data;

	private final IndicatorCatalogue catalogue;

	PublicFigures(Publications publications, MonitoringData data, IndicatorCatalogue catalogue) {
		this.publications = publications;
		this.data = data;
		this.catalogue = catalogue;
	}

	/** One public indicator: its catalogue entry and values by breakdown label (合计, 女, 男) and year. */
	public record PublicIndicator(Indicator indicator, int throughYear, Map<String, Map<Integer, Double>> series) {

		/** Every year with a value in any breakdown, oldest first. */
		public List<Integer> years() {
			return series.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
		}

		public Double value(String label, int year) {
			return series.getOrDefault(label, Map.of()).get(year);
		}

	}

	public List<PublicIndicator> of(String regionCode) {
		List<PublicIndicator> result = new ArrayList<>();
		for (PublishedIndicator published : publications.indicators(regionCode)) {
			Indicator indicator = catalogue.get(published.indicatorCode());
			Map<String, Map<Integer, Double>> series = new java.util.LinkedHashMap<>();
			for (Breakdown shown : List.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE)) {
				series.put(shown.label(), new TreeMap<>());
			}
			for (ApprovedValue value : data.ofRegion(regionCode, List.of(published.indicatorCode()))) {
				boolean shown = value.breakdownKey().equals(Breakdown.TOTAL.key())
						|| value.breakdownKey().startsWith("SEX:");
				if (shown && value.year() <= published.throughYear() && value.value() != null) {
					series.get(Breakdown.fromKey(value.breakdownKey()).label()).put(value.year(), value.value().doubleValue());
				}
			}
			series.values().removeIf(Map::isEmpty);
			result.add(new PublicIndicator(indicator, published.throughYear(), series));
		}
		return result;
	}

}
