package cn.planwatch.extraction;

import java.util.List;

/** The result of importing a notice: the import record, the draft plans made from it, and warnings for the reviewer. */
public record ImportOutcome(long importId, List<Long> draftPlanIds, List<String> warnings) {

	public ImportOutcome {
		draftPlanIds = List.copyOf(draftPlanIds);
		warnings = List.copyOf(warnings);
	}

}
