package cn.planwatch.evaluation;

import java.util.List;

/**
 * What a department saves of its self-assessment: the summary, and the entries it changes (entries
 * not listed stay as they are).
 */
public record Draft(String summary, List<EntryDraft> entries) {

	public Draft {
		entries = List.copyOf(entries);
	}

	/** The department's texts on one target it leads. */
	public record EntryDraft(long targetId, Conclusion conclusion, String progress, String measures, String problems,
			String nextSteps) {

	}

}
