package cn.planwatch.extraction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.planwatch.extraction.parser.ChineseNumber;
import cn.planwatch.extraction.parser.TextCleaner;
import cn.planwatch.extraction.parser.WidthFolder;

/**
 * Scores extracted goal rows against hand-made ground truth, as the seeds' README describes:
 * goals match on (plan, area ordinal, goal number) and their whitespace- and width-normalised text;
 * numeric targets (with a value) on (goal, value, direction class, unit), where {@code >=}/{@code >}
 * are one class and {@code <=}/{@code <} another; directional targets (no value; increase,
 * decrease, maintain, eliminate) on (goal, direction). Targets are compared as multisets.
 * <p>
 * One convention is aligned before counting: the README reads 全覆盖 as 100 %, but some truth files
 * code it with a null value. A {@code =} target without a value whose span or qualifier says 全覆盖 is
 * therefore counted as {@code = 100 %} on both sides; how many truth targets this touched is
 * reported in {@link #alignedCoverage()}. {@link #compare(List, List, boolean)} can score without it.
 */
public record ExtractionScore(Figures goals, Figures numeric, Figures directional, int alignedCoverage) {

	private static final Set<String> DIRECTIONAL = Set.of("increase", "decrease", "maintain", "eliminate");

	/** Matched, predicted and expected counts of one kind of item, with precision, recall and F1. */
	public record Figures(int matched, int predicted, int expected) {

		public double precision() {
			return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / predicted;
		}

		public double recall() {
			return expected == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / expected;
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	/** Compares with the 全覆盖 convention aligned (see the type's description). */
	public static ExtractionScore compare(List<GoalRow> truth, List<GoalRow> predicted) {
		return compare(truth, predicted, true);
	}

	/**
	 * Compares predicted rows with the truth; with {@code alignCoverage} false every target counts
	 * exactly as written, 全覆盖 without a value included.
	 */
	public static ExtractionScore compare(List<GoalRow> truth, List<GoalRow> predicted, boolean alignCoverage) {
		Map<String, Integer> truthGoals = new HashMap<>();
		Map<String, Integer> truthNumeric = new HashMap<>();
		Map<String, Integer> truthDirectional = new HashMap<>();
		int aligned = collect(truth, truthGoals, truthNumeric, truthDirectional, alignCoverage);
		Map<String, Integer> goals = new HashMap<>();
		Map<String, Integer> numeric = new HashMap<>();
		Map<String, Integer> directional = new HashMap<>();
		collect(predicted, goals, numeric, directional, alignCoverage);
		return new ExtractionScore(figures(goals, truthGoals), figures(numeric, truthNumeric),
				figures(directional, truthDirectional), aligned);
	}

	/** A readable table of the three scores, in Chinese. */
	public String table() {
		StringBuilder out = new StringBuilder();
		out.append(pad("项目", 12))
			.append(right("预测", 8))
			.append(right("真值", 8))
			.append(right("匹配", 8))
			.append(right("精确率", 10))
			.append(right("召回率", 10))
			.append(right("F1", 10))
			.append(System.lineSeparator());
		row(out, "主要目标", goals);
		row(out, "数值目标", numeric);
		row(out, "方向目标", directional);
		if (alignedCoverage > 0) {
			out.append("注：真值中 ")
				.append(alignedCoverage)
				.append(" 个无数值的“全覆盖”目标按 README 约定计为 = 100%。")
				.append(System.lineSeparator());
		}
		return out.toString();
	}

	private static void row(StringBuilder out, String label, Figures f) {
		out.append(pad(label, 12))
			.append(String.format(Locale.ROOT, "%8d%8d%8d%10.3f%10.3f%10.3f", f.predicted(), f.expected(), f.matched(),
					f.precision(), f.recall(), f.f1()))
			.append(System.lineSeparator());
	}

	/** Pads to a display width, counting a CJK character as two columns. */
	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - columns(text)));
	}

	private static String right(String text, int width) {
		return " ".repeat(Math.max(0, width - columns(text))) + text;
	}

	private static int columns(String text) {
		return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
	}

	private static int collect(List<GoalRow> rows, Map<String, Integer> goals, Map<String, Integer> numeric,
			Map<String, Integer> directional, boolean alignCoverage) {
		int aligned = 0;
		for (GoalRow row : rows) {
			String goal = row.plan() + "|" + ordinal(row.areaNo()) + "|" + row.goalNo();
			add(goals, goal + "|" + normalText(row.text()));
			for (ExtractedTarget target : row.targets()) {
				BigDecimal value = target.value();
				String direction = target.direction();
				String unit = target.unit() == null ? "" : WidthFolder.fold(target.unit());
				if (alignCoverage && value == null && "=".equals(direction) && saysFullCoverage(target)) {
					value = BigDecimal.valueOf(100);
					unit = "%";
					aligned++;
				}
				if (value != null) {
					add(numeric, goal + "|" + value.stripTrailingZeros().toPlainString() + "|" + directionClass(direction)
							+ "|" + unit);
				}
				else if (direction != null && DIRECTIONAL.contains(direction)) {
					add(directional, goal + "|" + direction);
				}
			}
		}
		return aligned;
	}

	private static boolean saysFullCoverage(ExtractedTarget target) {
		return (target.span() != null && target.span().contains("全覆盖"))
				|| (target.qualifier() != null && target.qualifier().contains("全覆盖"));
	}

	private static String directionClass(String direction) {
		if (direction == null) {
			return "";
		}
		return switch (direction) {
			case ">=", ">" -> "at-least";
			case "<=", "<" -> "at-most";
			default -> direction;
		};
	}

	/** The ordinal of an area number as written: （三） → 3, (十二) → 12, 3 → 3. */
	static int ordinal(String areaNo) {
		if (areaNo == null) {
			return 0;
		}
		String core = WidthFolder.fold(areaNo).replaceAll("[()\\s、.]", "");
		if (core.matches("\\d+")) {
			return Integer.parseInt(core);
		}
		return ChineseNumber.parse(core);
	}

	static String normalText(String text) {
		return text == null ? "" : TextCleaner.squeeze(WidthFolder.fold(text)).replace(" ", "");
	}

	private static void add(Map<String, Integer> bag, String key) {
		bag.merge(key, 1, Integer::sum);
	}

	private static Figures figures(Map<String, Integer> predicted, Map<String, Integer> expected) {
		int matched = 0;
		for (Map.Entry<String, Integer> entry : predicted.entrySet()) {
			matched += Math.min(entry.getValue(), expected.getOrDefault(entry.getKey(), 0));
		}
		return new Figures(matched, total(predicted), total(expected));
	}

	private static int total(Map<String, Integer> bag) {
		return bag.values().stream().mapToInt(Integer::intValue).sum();
	}

}
