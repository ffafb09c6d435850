package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.ExtractedGoal;
import cn.planwatch.extraction.ExtractedTarget;
import cn.planwatch.extraction.StrategyTarget;
import cn.planwatch.extraction.parser.ClauseSplitter.Clause;
import cn.planwatch.extraction.parser.GoalSplitter.Item;

/**
 * Finds the numeric targets written in an area's strategy text (策略措施) — "孕产妇健康管理率保持在92%以上",
 * "每千名儿童拥有儿科医生达到0.9名" — with the sentence around each. Targets that only repeat
 * a main goal of the same area are left out.
 */
public final class StrategyTargetReader {

	private static final Pattern SENTENCE = Pattern.compile("[^。;!?]+[。;!?]?");

	private StrategyTargetReader() {
	}

	/** The numeric targets of an area's numbered measures that do not repeat one of its goals. */
	public static List<StrategyTarget> read(List<Item> measures, List<ExtractedGoal> goals) {
		List<StrategyTarget> found = new ArrayList<>();
		for (Item measure : measures) {
			String text = measure.text();
			Matcher sentences = SENTENCE.matcher(WidthFolder.fold(text));
			while (sentences.find()) {
				String sentence = text.substring(sentences.start(), sentences.end()).strip();
				if (sentence.isEmpty()) {
					continue;
				}
				NumericTargetReader.Context context = new NumericTargetReader.Context();
				for (Clause clause : ClauseSplitter.split(sentence)) {
					List<ExtractedTarget> targets = NumericTargetReader.read(sentence, clause, context);
					if (targets.isEmpty()) {
						context.untargeted(clause);
					}
					for (ExtractedTarget target : targets) {
						if (!repeatsAGoal(target, goals)) {
							found.add(new StrategyTarget(measure.number(), sentence, target));
						}
					}
				}
			}
		}
		return found;
	}

	private static boolean repeatsAGoal(ExtractedTarget target, List<ExtractedGoal> goals) {
		for (ExtractedGoal goal : goals) {
			for (ExtractedTarget g : goal.targets()) {
				if (g.value() != null && g.value().compareTo(target.value()) == 0 && sameUnit(g, target)
						&& sharesName(g.indicator(), target.indicator())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean sameUnit(ExtractedTarget a, ExtractedTarget b) {
		return a.unit() == null ? b.unit() == null : a.unit().equals(b.unit());
	}

	/** Whether two indicator names end alike (覆盖率, 近视率…) closely enough to be the same measure. */
	private static boolean sharesName(String a, String b) {
		if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
			return false;
		}
		String x = WidthFolder.fold(a);
		String y = WidthFolder.fold(b);
		int n = Math.min(4, Math.min(x.length(), y.length()));
		return x.endsWith(y.substring(y.length() - n)) || x.contains(y) || y.contains(x);
	}

}
