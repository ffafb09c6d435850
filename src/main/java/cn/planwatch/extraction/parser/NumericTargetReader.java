package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.ExtractedTarget;
import cn.planwatch.extraction.parser.ClauseSplitter.Clause;
import cn.planwatch.extraction.parser.QuantityReader.Quantity;
import cn.planwatch.extraction.parser.SubjectReader.Phrase;
import cn.planwatch.extraction.parser.SubjectReader.Subject;
import cn.planwatch.extraction.parser.ValueDirectionReader.ValueReading;

/**
 * Reads the numeric targets of one clause: finds its quantities ({@link QuantityReader}), groups
 * values listed together, reads their direction ({@link ValueDirectionReader}), subject
 * ({@link SubjectReader}) and indicator names ({@link IndicatorNamer}). Lists of
 * values are shared out over lists of subjects ("婴儿和5岁以下儿童死亡率分别降到4.2‰和
 * 5.8‰以下"), one value is given to each separately measured rate ("系统管理率和健康管理率均保持在
 * 92%以上") and one value read for two target years is given to each year. A clause
 * without a subject ("力争达到90%", "到2030年分别降到…") takes the subject and year of the clause
 * before it in the same sentence.
 */
public final class NumericTargetReader {

	private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:、|和|及|与|或|以及)\\s*");

	private NumericTargetReader() {
	}

	/** What the clauses before the current one in a goal leave for it. */
	public static final class Context {

		private int sentence = -1;

		private Subject subjects = Subject.NONE;

		private List<Integer> years = List.of();

		private Clause untargeted;

		/**
		 * Records a directional clause ("降低孕产妇死亡率"): what it names may be the subject of a number
		 * in the next clause ("…，到2025年控制在12/10万以下").
		 */
		void directional(Clause clause, String indicator) {
			enter(clause);
			untargeted = null;
			if (subjects.isEmpty() && !indicator.isEmpty()) {
				Phrase phrase = new Phrase(indicator, WidthFolder.fold(indicator));
				subjects = new Subject(phrase, List.of(phrase));
			}
		}

		/** Records a clause that gave no targets: its years and text may serve the next clause. */
		void untargeted(Clause clause) {
			enter(clause);
			List<Integer> found = years(clause.folded());
			if (!found.isEmpty()) {
				years = found;
			}
			untargeted = clause;
		}

		private void enter(Clause clause) {
			if (clause.sentence() != sentence) {
				sentence = clause.sentence();
				subjects = Subject.NONE;
				years = List.of();
				untargeted = null;
			}
		}

	}

	/** The numeric targets of one clause of {@code text}; {@code context} carries what earlier clauses left. */
	public static List<ExtractedTarget> read(String text, Clause clause, Context context) {
		context.enter(clause);
		String c = clause.folded();
		String o = clause.original(text);
		List<Quantity> quantities = QuantityReader.find(c);
		if (quantities.isEmpty()) {
			return List.of();
		}
		List<Integer> years = years(c);
		if (years.isEmpty()) {
			years = context.years;
		}
		List<ExtractedTarget> targets = new ArrayList<>();
		int windowStart = 0;
		Subject clauseSubject = Subject.NONE;
		for (List<Quantity> group : groups(c, quantities)) {
			Quantity first = group.get(0);
			Quantity last = group.get(group.size() - 1);
			ValueReading reading = ValueDirectionReader.read(c, windowStart, group);
			List<String> qualifiers = new ArrayList<>(reading.qualifiers());
			String span = o;
			List<String> indicators;
			if (c.startsWith("的", last.end())) {
				indicators = List.of(IndicatorNamer.share(o, c, last.end() + 1, quantities, last));
			}
			else {
				Subject subject = windowStart == 0 ? SubjectReader.read(o, c, reading.predicateStart(), qualifiers)
						: SubjectReader.later(o, c, windowStart, reading.predicateStart());
				if (subject.isEmpty() && windowStart == 0 && context.untargeted != null) {
					Clause place = context.untargeted;
					subject = SubjectReader.read(place.original(text), place.folded(), place.folded().length(), qualifiers);
					span = text.substring(place.start(), clause.end());
				}
				boolean own = !subject.isEmpty();
				if (!own) {
					subject = clauseSubject.isEmpty() ? context.subjects : clauseSubject;
				}
				clauseSubject = subject;
				String object = IndicatorNamer.object(o, c, last);
				indicators = !own && IndicatorNamer.isCount(first.unit()) && !object.isEmpty() ? List.of(object)
						: IndicatorNamer.indicators(subject, group, object, o.substring(first.start(), last.end()));
			}
			for (int i = 0; i < indicators.size(); i++) {
				targets.addAll(targetsFor(indicators.get(i), reading.direction(), group, i, indicators.size(), years, c,
						qualifiers, span));
			}
			windowStart = last.end();
		}
		if (!clauseSubject.isEmpty()) {
			context.subjects = clauseSubject;
		}
		context.years = years;
		context.untargeted = null;
		return targets;
	}

	/** Consecutive quantities joined by 、/和/及 form a list that shares one verb and one bound. */
	private static List<List<Quantity>> groups(String c, List<Quantity> quantities) {
		List<List<Quantity>> groups = new ArrayList<>();
		List<Quantity> current = new ArrayList<>();
		for (Quantity q : quantities) {
			if (!current.isEmpty()) {
				Quantity previous = current.get(current.size() - 1);
				boolean joined = previous.bound() == null
						&& LIST_JOINER.matcher(c.substring(previous.end(), q.start())).matches();
				if (!joined) {
					groups.add(current);
					current = new ArrayList<>();
				}
			}
			current.add(q);
		}
		groups.add(current);
		return groups;
	}

	private static List<ExtractedTarget> targetsFor(String indicator, String direction, List<Quantity> group, int index,
			int indicatorCount, List<Integer> years, String clause, List<String> qualifiers, String span) {
		List<ExtractedTarget> targets = new ArrayList<>();
		String qualifier = qualifiers.isEmpty() ? null : String.join("；", qualifiers);
		List<Quantity> values = indicatorCount == group.size() ? List.of(group.get(index))
				: (indicatorCount == 1 ? group : List.of(group.get(0)));
		for (Quantity q : values) {
			boolean perYear = group.size() == 1 && years.size() > 1 && clause.contains("分别");
			List<Integer> targetYears = perYear ? years : List.of(years.isEmpty() ? -1 : years.get(0));
			for (int copy = 0; copy < q.count(); copy++) {
				for (Integer year : targetYears) {
					targets.add(new ExtractedTarget(indicator, direction, q.value(), q.unit(), year < 0 ? null : year,
							qualifier, span));
				}
			}
		}
		return targets;
	}

	/** The target years of a clause: 到2025年, 到2025年和2030年, 2030年前. */
	static List<Integer> years(String clause) {
		List<Integer> years = new ArrayList<>();
		Matcher m = TargetVocabulary.TARGET_YEAR.matcher(clause);
		while (m.find()) {
			for (int g = 1; g <= 3; g++) {
				if (m.group(g) != null) {
					years.add(Integer.parseInt(m.group(g)));
				}
			}
		}
		return years;
	}

}
