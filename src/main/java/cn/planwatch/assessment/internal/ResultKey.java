package cn.planwatch.assessment.internal;

/** The key of a stored result: target, breakdown, year. */
public record ResultKey(long targetId, String breakdown, int year) {

}
