package cn.planwatch.extraction;

import java.math.BigDecimal;

/**
 * A target read from a goal or strategy sentence, in the vocabulary of the seed ground truth:
 * {@code direction} is one of {@code >=, <=, >, <, =, increase, decrease, maintain, eliminate,
 * qualitative}; {@code span} is the exact substring of the goal text it was read from.
 */
public record ExtractedTarget(String indicator, String direction, BigDecimal value, String unit, Integer year,
		String qualifier, String span) {

}
