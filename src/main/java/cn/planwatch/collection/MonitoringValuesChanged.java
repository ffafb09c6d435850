package cn.planwatch.collection;

import java.util.Set;

/**
 * Published inside the transaction that changed the approved values of a region — an approval,
 * a reopened value, a township roll-up or a history load — naming the indicators touched, so that
 * results computed from approved values can be brought up to date.
 */
public record MonitoringValuesChanged(String regionCode, Set<String> indicatorCodes) {

	public MonitoringValuesChanged {
		indicatorCodes = Set.copyOf(indicatorCodes);
	}

}
