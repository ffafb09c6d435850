package cn.planwatch.plan;

/**
 * A numeric target written only in an area's strategy text (策略措施), kept apart from the main
 * goals: {@code measure} is the strategy item it stands in (0 when unnumbered) and
 * {@code sentence} the sentence it was read from.
 */
public record AreaStrategyTarget(int measure, String sentence, Target target) {

}
