package cn.planwatch.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation group's review of a self-assessment: a score from 0 to 100 and a comment for the
 * department, and optionally a score and comment for single entries (entries not listed keep theirs).
 */
public record Scoring(BigDecimal score, String comment, List<EntryScore> entries) {

	public Scoring {
		entries = List.copyOf(entries);
	}

	public record EntryScore(long targetId, BigDecimal score, String comment) {

	}

}
