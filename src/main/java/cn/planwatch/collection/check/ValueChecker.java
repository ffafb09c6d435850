package cn.planwatch.collection.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.planwatch.collection.Breakdown;

/**
 * Checks the cells one indicator is reported in for one region and year. Plain Java: fed the
 * rules, the indicator's facts, the cells and the approved totals of earlier years, it returns
 * findings — hard ones block submission, soft ones ask for an explanation.
 */
public final class ValueChecker {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	/** Scale of the modified z-score (Iglewicz and Hoaglin): 0.6745 makes it comparable to a z-score. */
	private static final double MAD_SCALE = 0.6745;

	private final List<Rule> rules;

	public ValueChecker(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The rule in force for an indicator: its own if it has one, else the general one, else none. */
	Optional<Rule> rule(RuleKind kind, String indicatorCode) {
		Optional<Rule> own = rules.stream().filter(r -> r.kind() == kind && indicatorCode.equals(r.indicatorCode())).findFirst();
		Optional<Rule> rule = own.isPresent() ? own
				: rules.stream().filter(r -> r.kind() == kind && r.indicatorCode() == null).findFirst();
		return rule.filter(Rule::enabled);
	}

	/**
	 * @param history approved totals of earlier years, oldest first (the last is the previous year); may be empty
	 */
	public List<Finding> check(IndicatorFacts indicator, List<CellValue> cells, List<BigDecimal> history) {
		List<Finding> findings = new ArrayList<>();
		Map<RuleKind, Rule> active = new EnumMap<>(RuleKind.class);
		for (RuleKind kind : RuleKind.values()) {
			rule(kind, indicator.code()).ifPresent(r -> active.put(kind, r));
		}
		CellValue total = cells.stream().filter(c -> c.breakdown().isTotal()).findFirst()
			.orElse(new CellValue(Breakdown.TOTAL, null, null, null));
		if (active.containsKey(RuleKind.REQUIRED)) {
			required(indicator, total, findings);
		}
		for (CellValue cell : cells) {
			if (active.containsKey(RuleKind.UNIT_RANGE)) {
				range(indicator, cell, findings);
			}
			if (active.containsKey(RuleKind.NUMERATOR_LE_DENOMINATOR) && indicator.isRatio()) {
				numeratorWithinDenominator(indicator, cell, findings);
			}
		}
		if (active.containsKey(RuleKind.FEMALE_LE_TOTAL)) {
			femaleWithinTotal(indicator, cells, total, findings);
		}
		BigDecimal current = total.effective(indicator);
		if (current == null || history.isEmpty()) {
			return findings;
		}
		BigDecimal previous = history.get(history.size() - 1);
		Rule yoy = active.get(RuleKind.YEAR_OVER_YEAR);
		BigDecimal change = relativeChange(previous, current);
		if (yoy != null && change != null && change.abs().compareTo(yoy.threshold()) > 0) {
			findings.add(new Finding(RuleKind.YEAR_OVER_YEAR, Severity.SOFT, indicator.code(), Breakdown.TOTAL,
					name(indicator, Breakdown.TOTAL) + "为 " + plain(current) + "，比上年（" + plain(previous) + "）"
							+ (change.signum() > 0 ? "上升" : "下降") + percent(change.abs()) + "，超过 "
							+ percent(yoy.threshold()) + " 的提醒阈值，请说明原因。"));
		}
		Rule outlier = active.get(RuleKind.OUTLIER);
		if (outlier != null) {
			modifiedZ(history, current).ifPresent(z -> {
				if (Math.abs(z) > outlier.threshold().doubleValue()) {
					findings.add(new Finding(RuleKind.OUTLIER, Severity.SOFT, indicator.code(), Breakdown.TOTAL,
							name(indicator, Breakdown.TOTAL) + "为 " + plain(current) + "，明显偏离历年数值（中位数 "
									+ plain(median(history)) + "，修正 Z 分数 " + String.format("%.1f", z)
									+ "），请核实并说明原因。"));
				}
			});
		}
		Rule jump = active.get(RuleKind.JUMP_PAST_TARGET);
		if (jump != null && change != null && change.abs().compareTo(jump.threshold()) > 0
				&& meetsTarget(indicator, current) && !meetsTarget(indicator, previous)) {
			findings.add(new Finding(RuleKind.JUMP_PAST_TARGET, Severity.SOFT, indicator.code(), Breakdown.TOTAL,
					name(indicator, Breakdown.TOTAL) + "由上年的 " + plain(previous) + " 跃升至 " + plain(current)
							+ "，一年内越过目标值（" + indicator.targetDirection() + plain(indicator.targetValue())
							+ "），请核实数据口径并说明原因。"));
		}
		return findings;
	}

	private static void required(IndicatorFacts indicator, CellValue total, List<Finding> findings) {
		if (indicator.isRatio()) {
			if (total.numerator() == null || total.denominator() == null) {
				findings.add(new Finding(RuleKind.REQUIRED, Severity.HARD, indicator.code(), Breakdown.TOTAL,
						name(indicator, Breakdown.TOTAL) + "的分子（" + indicator.numeratorName() + "）和分母（"
								+ indicator.denominatorName() + "）都必须填写。"));
			}
		}
		else if (total.value() == null) {
			findings.add(new Finding(RuleKind.REQUIRED, Severity.HARD, indicator.code(), Breakdown.TOTAL,
					name(indicator, Breakdown.TOTAL) + "必须填写。"));
		}
	}

	private static void range(IndicatorFacts indicator, CellValue cell, List<Finding> findings) {
		String name = name(indicator, cell.breakdown());
		for (BigDecimal number : new BigDecimal[] { cell.value(), cell.numerator(), cell.denominator() }) {
			if (number != null && number.signum() < 0) {
				findings.add(new Finding(RuleKind.UNIT_RANGE, Severity.HARD, indicator.code(), cell.breakdown(), name + "不能为负数（填写的是 " + plain(number) + "）。"));
				return;
			}
		}
		if (indicator.isRatio()) {
			for (BigDecimal count : new BigDecimal[] { cell.numerator(), cell.denominator() }) {
				if (count != null && !isWhole(count)) {
					findings.add(new Finding(RuleKind.UNIT_RANGE, Severity.HARD, indicator.code(), cell.breakdown(),
							name + "的分子、分母是人数或例数，应为整数（填写的是 " + plain(count) + "）。"));
					return;
				}
			}
			if (cell.denominator() != null && cell.denominator().signum() == 0 && cell.numerator() != null) {
				findings.add(new Finding(RuleKind.UNIT_RANGE, Severity.HARD, indicator.code(), cell.breakdown(), name + "的分母不能为 0。"));
				return;
			}
		}
		BigDecimal value = cell.effective(indicator);
		if (value == null || indicator.unit() == null) {
			return;
		}
		BigDecimal upper = indicator.unit().equals("%") ? HUNDRED : indicator.unit().equals("‰") ? THOUSAND : null;
		if (upper != null && value.compareTo(upper) > 0 && !indicator.isRatio()) {
			findings.add(new Finding(RuleKind.UNIT_RANGE, Severity.HARD, indicator.code(), cell.breakdown(),
					name + "为 " + plain(value) + indicator.unit() + "，超出 0—" + plain(upper) + indicator.unit() + " 的范围。"));
		}
		if (indicator.isCount() && !isWhole(value)) {
			findings.add(new Finding(RuleKind.UNIT_RANGE, Severity.HARD, indicator.code(), cell.breakdown(),
					name + "以“" + indicator.unit() + "”计，应为整数（填写的是 " + plain(value) + "）。"));
		}
	}

	private static void numeratorWithinDenominator(IndicatorFacts indicator, CellValue cell, List<Finding> findings) {
		if (cell.numerator() != null && cell.denominator() != null && cell.numerator().compareTo(cell.denominator()) > 0) {
			findings.add(new Finding(RuleKind.NUMERATOR_LE_DENOMINATOR, Severity.HARD, indicator.code(), cell.breakdown(),
					name(indicator, cell.breakdown()) + "的分子（" + indicator.numeratorName() + " " + plain(cell.numerator())
							+ "）大于分母（" + indicator.denominatorName() + " " + plain(cell.denominator()) + "）。"));
		}
	}

	/** For counts and for the numerators and denominators of rates, the female part cannot exceed the whole. */
	private static void femaleWithinTotal(IndicatorFacts indicator, List<CellValue> cells, CellValue total,
			List<Finding> findings) {
		cells.stream().filter(c -> c.breakdown().equals(Breakdown.FEMALE)).findFirst().ifPresent(female -> {
			if (indicator.isRatio()) {
				exceeds(female.numerator(), total.numerator()).ifPresent(x -> findings.add(femaleFinding(indicator,
						"分子（" + indicator.numeratorName() + "）", female.numerator(), total.numerator())));
				exceeds(female.denominator(), total.denominator()).ifPresent(x -> findings.add(femaleFinding(indicator,
						"分母（" + indicator.denominatorName() + "）", female.denominator(), total.denominator())));
			}
			else if (indicator.isCount()) {
				exceeds(female.value(), total.value())
					.ifPresent(x -> findings.add(femaleFinding(indicator, "", female.value(), total.value())));
			}
		});
	}

	private static Finding femaleFinding(IndicatorFacts indicator, String part, BigDecimal female, BigDecimal total) {
		return new Finding(RuleKind.FEMALE_LE_TOTAL, Severity.HARD, indicator.code(), Breakdown.FEMALE, "“" + indicator.name() + "”女性"
				+ part + "（" + plain(female) + "）大于合计（" + plain(total) + "）。");
	}

	private static Optional<Boolean> exceeds(BigDecimal part, BigDecimal whole) {
		return part != null && whole != null && part.compareTo(whole) > 0 ? Optional.of(true) : Optional.empty();
	}

	static BigDecimal relativeChange(BigDecimal previous, BigDecimal current) {
		if (previous == null || previous.signum() == 0) {
			return null;
		}
		return current.subtract(previous).divide(previous.abs(), MathContext.DECIMAL64);
	}

	/** The modified z-score of {@code value} against {@code history}; empty for fewer than four points or no spread. */
	static Optional<Double> modifiedZ(List<BigDecimal> history, BigDecimal value) {
		if (history.size() < 4) {
			return Optional.empty();
		}
		double median = median(history).doubleValue();
		List<BigDecimal> deviations = history.stream()
			.map(h -> BigDecimal.valueOf(Math.abs(h.doubleValue() - median)))
			.toList();
		double mad = median(deviations).doubleValue();
		if (mad == 0) {
			return Optional.empty();
		}
		return Optional.of(MAD_SCALE * (value.doubleValue() - median) / mad);
	}

	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
	}

	private static boolean meetsTarget(IndicatorFacts indicator, BigDecimal value) {
		if (indicator.targetValue() == null || indicator.targetDirection() == null || value == null) {
			return false;
		}
		int c = value.compareTo(indicator.targetValue());
		return switch (indicator.targetDirection()) {
			case ">=" -> c >= 0;
			case ">" -> c > 0;
			case "<=" -> c <= 0;
			case "<" -> c < 0;
			default -> false;
		};
	}

	private static boolean isWhole(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0;
	}

	private static String name(IndicatorFacts indicator, Breakdown breakdown) {
		return "“" + indicator.name() + "”" + (breakdown.isTotal() ? "" : "（" + breakdown.label() + "）");
	}

	static String plain(BigDecimal number) {
		return number == null ? "—" : number.setScale(Math.min(Math.max(number.scale(), 0), 4), RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	private static String percent(BigDecimal ratio) {
		return ratio.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
