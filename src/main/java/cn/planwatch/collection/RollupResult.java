package cn.planwatch.collection;

import java.util.List;

/** What a roll-up did for one indicator: which townships' approved values it summed and which were missing. */
public record RollupResult(String indicatorCode, List<String> townshipsSummed, List<String> townshipsMissing,
		boolean keptReportedValue) {

	public RollupResult {
		townshipsSummed = List.copyOf(townshipsSummed);
		townshipsMissing = List.copyOf(townshipsMissing);
	}

}
