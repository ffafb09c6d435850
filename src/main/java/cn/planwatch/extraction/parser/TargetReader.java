package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.ExtractedTarget;
import cn.planwatch.extraction.parser.ClauseSplitter.Clause;
import cn.planwatch.extraction.parser.DirectionalTargetReader.Found;

/**
 * Reads the targets of one main goal, clause by clause: numeric targets first
 * ({@link NumericTargetReader}); a gap clause right after a numeric one in the same sentence
 * ("…以下，城乡差距缩小") becomes that target's qualifier; a share compared with another share ("不低于
 * 本地区女党员所占比例", "与女职工比例相适应") is a target without a value; otherwise a clause
 * may state a direction ({@link DirectionalTargetReader}). A goal with none of these gets one
 * {@code qualitative} target spanning its text.
 */
public final class TargetReader {

	private static final Pattern MEASURE_HEAD = Pattern.compile("(?:率|比例|占比|比重|比率|差距)$");

	private static final Pattern PROMOTION = Pattern.compile("^推广");

	private TargetReader() {
	}

	/** The targets of one goal text, in the order its clauses state them; never empty. */
	public static List<ExtractedTarget> read(String text) {
		List<ExtractedTarget> targets = new ArrayList<>();
		NumericTargetReader.Context context = new NumericTargetReader.Context();
		Clause previous = null;
		int previousNumericFrom = -1;
		for (Clause clause : ClauseSplitter.split(text)) {
			List<ExtractedTarget> numeric = NumericTargetReader.read(text, clause, context);
			if (!numeric.isEmpty()) {
				previousNumericFrom = targets.size();
				targets.addAll(numeric);
				previous = clause;
				continue;
			}
			boolean followsNumeric = previous != null && previousNumericFrom >= 0 && previous.sentence() == clause.sentence();
			previous = clause;
			int numericFrom = previousNumericFrom;
			previousNumericFrom = -1;
			if (followsNumeric && TargetVocabulary.GAP_NARROWING.matcher(clause.folded()).find()) {
				qualify(targets, numericFrom, clause.original(text));
				previousNumericFrom = numericFrom;
				continue;
			}
			ExtractedTarget relational = relational(text, clause);
			if (relational != null) {
				targets.add(relational);
				continue;
			}
			Found found = DirectionalTargetReader.find(clause.folded());
			if (found != null) {
				List<ExtractedTarget> directional = directional(text, clause, found);
				targets.addAll(directional);
				context.directional(clause, directional.size() == 1 ? directional.get(0).indicator() : "");
				continue;
			}
			context.untargeted(clause);
		}
		if (targets.isEmpty()) {
			String span = stripEnd(text);
			targets.add(new ExtractedTarget(span, "qualitative", null, null, null, null, span));
		}
		return targets;
	}

	/** Adds a clause (a narrowing gap) to the qualifier of the targets read from the clause before. */
	private static void qualify(List<ExtractedTarget> targets, int from, String clause) {
		for (int i = from; i < targets.size(); i++) {
			ExtractedTarget t = targets.get(i);
			String qualifier = t.qualifier() == null ? clause : t.qualifier() + "；" + clause;
			targets.set(i, new ExtractedTarget(t.indicator(), t.direction(), t.value(), t.unit(), t.year(), qualifier,
					t.span()));
		}
	}

	private static ExtractedTarget relational(String text, Clause clause) {
		String c = clause.folded();
		String span = clause.original(text);
		Matcher bound = TargetVocabulary.RELATIONAL_BOUND.matcher(c);
		if (bound.find()) {
			String direction = switch (bound.group(1)) {
				case "高于" -> ">";
				case "低于" -> "<";
				case "不高于" -> "<=";
				default -> ">=";
			};
			String indicator = new PhraseEditor(span.substring(0, bound.start()), c.substring(0, bound.start()))
				.trimFillers()
				.original();
			return new ExtractedTarget(indicator, direction, null, null, null, span.substring(bound.start()), span);
		}
		Matcher proportionate = TargetVocabulary.PROPORTIONATE.matcher(c);
		if (proportionate.find()) {
			String indicator = new PhraseEditor(span.substring(0, proportionate.start()),
					c.substring(0, proportionate.start()))
				.trimFillers()
				.original();
			return new ExtractedTarget(indicator, "=", null, null, null, span.substring(proportionate.start()), span);
		}
		return null;
	}

	/**
	 * The directional targets of a clause: one, or one per item when the clause lists separately
	 * measured rates or gaps ("参保率及享受率提高", "区域差距与城乡差距缩小") or promotes several products
	 * ("推广使用儿童安全座椅和骑行头盔"); a list closed by 等 stays one.
	 */
	private static List<ExtractedTarget> directional(String text, Clause clause, Found found) {
		String span = clause.original(text);
		String c = clause.folded();
		PhraseEditor indicator;
		boolean leading = found.start() <= 4 && found.end() < c.length() - 1;
		if (leading) {
			indicator = new PhraseEditor(span.substring(found.end()), c.substring(found.end()));
		}
		else {
			indicator = new PhraseEditor(span.substring(0, found.start()), c.substring(0, found.start()));
			indicator.remove(TargetVocabulary.PREDICATE_ADVERB);
		}
		indicator.trimFillers();
		String verb = span.substring(found.start(), found.end());
		String qualifier = verb.length() > 2 && !found.direction().equals("maintain") ? verb : null;
		List<String> names = new ArrayList<>();
		List<SubjectReader.Phrase> parts = SubjectReader.conjuncts(indicator.original(), indicator.folded());
		boolean listed = parts.size() > 1 && !indicator.folded().contains("等");
		boolean measures = listed && parts.stream().allMatch(p -> MEASURE_HEAD.matcher(p.folded()).find());
		boolean products = listed && leading && PROMOTION.matcher(verb).find();
		if (measures || products) {
			parts.forEach(p -> names.add(p.original()));
		}
		else {
			names.add(indicator.original().isEmpty() ? span : indicator.original());
		}
		List<ExtractedTarget> targets = new ArrayList<>();
		for (String name : names) {
			targets.add(new ExtractedTarget(name, found.direction(), null, null, null, qualifier, span));
		}
		return targets;
	}

	private static String stripEnd(String text) {
		String s = text.strip();
		while (!s.isEmpty() && "。；;，,".indexOf(s.charAt(s.length() - 1)) >= 0) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}

}
