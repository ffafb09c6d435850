package cn.planwatch.extraction;

import java.util.List;

/** Everything read from one notice: its plans (one or two) and warnings for the reviewer, in Chinese. */
public record ExtractionResult(List<ExtractedPlan> plans, List<String> warnings) {

	public ExtractionResult {
		plans = List.copyOf(plans);
		warnings = List.copyOf(warnings);
	}

}
