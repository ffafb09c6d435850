package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.parser.QuantityReader.Quantity;
import cn.planwatch.extraction.parser.SubjectReader.Phrase;
import cn.planwatch.extraction.parser.SubjectReader.Subject;

/**
 * Names the indicators of numeric targets from their subjects: shares a list of subjects out over
 * a list of values, gives a shared head back to subjects that lack it (新生儿 → 新生儿死亡率), adds the
 * counted thing to counts ("1名女干部") and names shares of units ("90%的城市社区建立家长学校" →
 * 建立家长学校的城市社区比例) and full coverage (…覆盖率).
 */
final class IndicatorNamer {

	/** The first verb after the units counted in "90%的城市社区建立家长学校": where the predicate begins. */
	private static final Pattern SHARE_PREDICATE = Pattern
		.compile("建立|建成|建有|设立|设置|开设|配备|配置|开展|达到|实现|拥有|具备|具有|接受|参加|参与|使用|纳入|完成|落实|有");

	private static final Pattern RATE_HEAD = Pattern.compile("(?:率|比例|占比|比重|比率)$");

	private static final Pattern OBJECT_END = Pattern.compile("[,;。、]|\\d");

	private IndicatorNamer() {
	}

	/**
	 * The indicator names for a list of values: one per value when the subjects pair off with the
	 * values, one per separately measured rate when one value serves several, otherwise one.
	 */
	static List<String> indicators(Subject subject, List<Quantity> group, String object, String quantityText) {
		List<Phrase> subjects = subject.parts();
		Quantity first = group.get(0);
		if (subjects.isEmpty()) {
			return List.of(object.isEmpty() ? quantityText : object);
		}
		String suffix = isCount(first.unit()) ? object : "";
		if (first.coverage() && !RATE_HEAD.matcher(subject.whole().folded()).find()) {
			suffix = "覆盖率";
		}
		if (group.size() > 1 && subjects.size() == group.size()) {
			String head = rateHead(subjects.get(subjects.size() - 1).original());
			List<String> names = new ArrayList<>();
			for (Phrase part : subjects) {
				boolean hasHead = RATE_HEAD.matcher(part.folded()).find();
				names.add(part.original() + (hasHead ? "" : head) + suffix);
			}
			return names;
		}
		if (group.size() == 1) {
			List<String> rates = new ArrayList<>();
			List<String> pending = new ArrayList<>();
			for (Phrase part : subjects) {
				pending.add(part.original());
				if (RATE_HEAD.matcher(part.folded()).find()) {
					rates.add(String.join("、", pending));
					pending.clear();
				}
			}
			if (rates.size() >= 2 && pending.isEmpty()) {
				return rates;
			}
		}
		return List.of(subject.whole().original() + suffix);
	}

	private static String rateHead(String subject) {
		return subject.length() <= 3 ? "" : subject.substring(subject.length() - 3);
	}

	static boolean isCount(String unit) {
		return unit != null && "名所个家人张项次".contains(unit);
	}

	/** The counted thing after a count: "1名女干部" → 女干部. */
	static String object(String original, String folded, Quantity last) {
		int end = last.end();
		Matcher m = OBJECT_END.matcher(folded);
		int stop = m.find(end) ? m.start() : folded.length();
		return new PhraseEditor(original.substring(end, stop), folded.substring(end, stop)).trimFillers().original();
	}

	/**
	 * "90%的城市社区和80%的农村社区建立家长学校…": the share of the units named after 的 that do what
	 * the clause ends with — 建立家长学校…的城市社区比例.
	 */
	static String share(String original, String folded, int from, List<Quantity> all, Quantity last) {
		int stop = folded.length();
		for (Quantity q : all) {
			if (q.start() > last.end()) {
				stop = q.start();
				break;
			}
		}
		Quantity lastShare = all.get(all.size() - 1);
		int tailFrom = Math.min(folded.length(), lastShare.end() + 1);
		Matcher verb = SHARE_PREDICATE.matcher(folded);
		int predicateStart = verb.find(tailFrom) ? verb.start() : folded.length();
		int unitEnd = Math.min(stop, predicateStart);
		String unit = new PhraseEditor(original.substring(from, unitEnd), folded.substring(from, unitEnd)).trimFillers()
			.original();
		String predicate = original.substring(predicateStart);
		return predicate.isEmpty() ? unit + "比例" : predicate + "的" + unit + "比例";
	}

}
