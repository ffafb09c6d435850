package cn.planwatch.collection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.planwatch.collection.internal.ApprovedValueRepository;
import cn.planwatch.collection.internal.ValueRepository;

/** Read access to the approved values — the monitoring database that assessments and reports are built on. */
@Service
public class MonitoringData {

	private final ApprovedValueRepository values;

	private final ValueRepository records;

	MonitoringData(ApprovedValueRepository values, ValueRepository records) {
		this.values = values;
		this.records = records;
	}

	/** Every approved value of the region for the given indicators, all years and breakdowns. */
	public List<ApprovedValue> ofRegion(String regionCode, Collection<String> indicatorCodes) {
		return values.ofRegion(regionCode, indicatorCodes);
	}

	/** The approved values of one indicator in several regions (all years and breakdowns). */
	public List<ApprovedValue> ofRegions(Collection<String> regionCodes, String indicatorCode) {
		return values.ofRegions(regionCodes, indicatorCode);
	}

	/**
	 * The approved values of one indicator in a region as stored — with their ids (for the audit
	 * trail), sources and reporting departments — every year and breakdown, oldest first.
	 */
	public List<ReportedValue> approvedRecords(String regionCode, String indicatorCode) {
		return records.approvedOf(regionCode, indicatorCode);
	}

	/** The latest year for which the region has any approved value. */
	public Optional<Integer> latestYear(String regionCode) {
		return values.latestYear(regionCode);
	}

}
