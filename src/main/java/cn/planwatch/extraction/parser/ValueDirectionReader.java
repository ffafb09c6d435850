package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import cn.planwatch.extraction.parser.QuantityReader.Quantity;

/**
 * Reads the direction of a value or list of values in a clause. The bound written after the last
 * value decides first (以上 ≥, 以下/以内 ≤, 左右 =); else a change verb written straight before the
 * value makes it a relative change (下降20% → decrease, 提高10% → increase, with the base year as
 * qualifier); else the level verb before it (不低于/达到/提高到 ≥, 控制在/降至 ≤, 超过 >, 低于 <,
 * 保持在/稳定在 =); else "X%的…" (the share of units that do something, ≥); else the value is a level
 * (=). Also reports where the predicate begins, which is where the subject ends.
 */
final class ValueDirectionReader {

	private static final int VERB_REACH = 4;

	private static final int CHAIN_GAP = 1;

	private ValueDirectionReader() {
	}

	/** The direction of a value, where its predicate starts in the clause, and qualifiers found. */
	record ValueReading(String direction, int predicateStart, List<String> qualifiers) {
	}

	/** Reads the values of {@code group}, whose predicate lies in the clause after {@code windowStart}. */
	static ValueReading read(String c, int windowStart, List<Quantity> group) {
		Quantity first = group.get(0);
		Quantity last = group.get(group.size() - 1);
		String window = c.substring(windowStart, first.start());
		List<String> qualifiers = new ArrayList<>();
		Matcher base = TargetVocabulary.RELATIVE_BASE.matcher(c);
		String baseText = base.find() ? base.group() : null;
		int predicateStart = first.start();
		List<int[]> verbs = new ArrayList<>();
		Matcher verbMatcher = TargetVocabulary.LEVEL_VERB.matcher(window);
		while (verbMatcher.find()) {
			if (!singleCharacterVerbInWord(window, verbMatcher)) {
				verbs.add(new int[] { verbMatcher.start(), verbMatcher.end() });
			}
		}
		String nearest = null;
		if (!verbs.isEmpty() && window.length() - verbs.get(verbs.size() - 1)[1] <= VERB_REACH) {
			int[] closest = verbs.get(verbs.size() - 1);
			nearest = window.substring(closest[0], closest[1]);
			int chainStart = closest[0];
			for (int k = verbs.size() - 2; k >= 0 && chainStart - verbs.get(k)[1] <= CHAIN_GAP; k--) {
				chainStart = verbs.get(k)[0];
			}
			predicateStart = windowStart + chainStart;
		}
		Matcher relative = TargetVocabulary.RELATIVE_VERB.matcher(window);
		boolean isRelative = relative.find();
		if (isRelative) {
			predicateStart = Math.min(predicateStart, windowStart + relative.start());
		}
		if (baseText != null) {
			qualifiers.add(baseText.replace(" ", ""));
		}
		if (first.isRange()) {
			qualifiers.add("区间" + first.value().toPlainString() + "—" + first.upper().toPlainString());
		}
		String direction;
		String bound = last.bound();
		if (bound != null && isRelative && bound.equals("以上") && isDecrease(relative.group(1))) {
			// "每年降低0.5个百分点以上": a cut of at least the value, not a level of at least it
			direction = "decrease";
			qualifiers.add("降幅不低于该值");
		}
		else if (bound != null) {
			direction = switch (bound) {
				case "以上" -> ">=";
				case "以下", "以内" -> "<=";
				default -> "=";
			};
			if (direction.equals("=")) {
				qualifiers.add("左右");
			}
			if (isRelative) {
				qualifiers.add("增幅（" + relative.group(1) + "）");
			}
		}
		else if (isRelative) {
			direction = isDecrease(relative.group(1)) ? "decrease" : "increase";
		}
		else if (nearest != null) {
			direction = levelDirection(nearest);
			if (direction.equals("=")) {
				qualifiers.add(nearest);
			}
		}
		else if (c.startsWith("的", last.end())) {
			direction = ">=";
		}
		else {
			direction = "=";
		}
		return new ValueReading(direction, predicateStart, qualifiers);
	}

	private static boolean isDecrease(String verb) {
		return verb.matches("下降|降低|减少|缩小|减小");
	}

	/** "达" alone counts only when a number follows; elsewhere it is part of a word (达标). */
	private static boolean singleCharacterVerbInWord(String window, Matcher verb) {
		return verb.group().equals("达") && verb.end() < window.length()
				&& !Character.isDigit(window.charAt(verb.end())) && window.charAt(verb.end()) != ' ';
	}

	private static String levelDirection(String verb) {
		return switch (verb) {
			case "超过", "高于", "大于", "多于", ">" -> ">";
			case "低于", "少于", "小于", "<" -> "<";
			case "≥", ">=" -> ">=";
			case "≤", "<=" -> "<=";
			case "不高于", "不超过", "不多于", "不大于", "至多", "最多", "控制在", "控制到", "降至", "降到", "下降到", "下降至", "降低到",
					"降低至", "减少到", "减少至", "减至", "压缩到", "压缩至", "缩小到", "缩小至" ->
				"<=";
			case "保持在", "稳定在", "维持在", "保持", "稳定", "维持" -> "=";
			default -> ">=";
		};
	}

}
