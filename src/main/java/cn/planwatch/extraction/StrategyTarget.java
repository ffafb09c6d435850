package cn.planwatch.extraction;

/**
 * A numeric target found only in the strategy text (策略措施) of an area, kept apart from the
 * main goals: {@code measure} is the number of the strategy item it stands in (0 when unnumbered)
 * and {@code sentence} the cleaned sentence around it.
 */
public record StrategyTarget(int measure, String sentence, ExtractedTarget target) {

}
