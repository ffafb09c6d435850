package cn.planwatch.collection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.planwatch.collection.internal.ApprovedValueRepository;

/** Read access to the approved values — the monitoring database that assessments and reports are built on. */
@Service
public class MonitoringData {

	private final ApprovedValueRepository values;

	MonitoringData(ApprovedValueRepository values) {
		this.values = values;
	}

	/** Every approved value of the region for the given indicators, all years and breakdowns. */
	public List<ApprovedValue> ofRegion(String regionCode, Collection<String> indicatorCodes) {
		return values.ofRegion(regionCode, indicatorCodes);
	}

	/** The approved values of one indicator in several regions (all years and breakdowns). */
	public List<ApprovedValue> ofRegions(Collection<String> regionCodes, String indicatorCode) {
		return values.ofRegions(regionCodes, indicatorCode);
	}

	/** The latest year for which the region has any approved value. */
	public Optional<Integer> latestYear(String regionCode) {
		return values.latestYear(regionCode);
	}

}
