package cn.planwatch.extraction.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.ExtractedTarget;
import cn.planwatch.extraction.parser.ClauseSplitter.Clause;
import cn.planwatch.extraction.parser.QuantityReader.Quantity;

/**
 * Reads the numeric targets of one clause. The direction comes from the bound after the value
 * (以上 ≥, 以下/以内 ≤, 左右 =), else from the verb before it (不低于/达到/提高到 ≥, 控制在/降至 ≤,
 * 超过 >, 低于 <, 保持在/稳定在 =), else from "X%的…" (≥); a change verb written straight before the
 * value is a relative change (下降20% → decrease 20 %, with its base year as qualifier). Lists of
 * values are shared out over lists of subjects ("新生儿、婴儿和5岁以下儿童死亡率分别控制在3.0‰、5.0‰和
 * 6.0‰以下"), one value is given to each separately measured rate ("3岁以下儿童系统管理率和7岁以下儿童
 * 健康管理率均达到90%以上") and one value read for two target years is given to each year. A clause
 * without a subject ("力争达到88%", "到2030年分别控制在…") takes the subject and year of the clause
 * before it in the same sentence.
 */
public final class NumericTargetReader {

	private static final int VERB_REACH = 4;

	private static final int CHAIN_GAP = 1;

	private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:、|和|及|与|或|以及)\\s*");

	private static final Pattern CONJUNCT_SPLIT = Pattern
		.compile("以及|、|(?<![平温共调缓饱])和(?![谐睦平])|(?<![普涉波危顾惠殃以触])及(?![时早其])|(?<![参给赋授])与(?!其)");

	/** The first verb after the units counted in "95%的城市社区建立家长学校": where the predicate begins. */
	private static final Pattern SHARE_PREDICATE = Pattern
		.compile("建立|建成|建有|设立|设置|开设|配备|配置|开展|达到|实现|拥有|具备|具有|接受|参加|参与|使用|纳入|完成|落实|有");

	private static final Pattern RATE_HEAD = Pattern.compile("(?:率|比例|占比|比重|比率)$");

	private static final Pattern OBJECT_END = Pattern.compile("[,;。、]|\\d");

	private NumericTargetReader() {
	}

	/** What the clauses before the current one in a goal leave for it. */
	public static final class Context {

		private int sentence = -1;

		private Subject subjects = Subject.NONE;

		private List<Integer> years = List.of();

		private Clause untargeted;

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

	/** A subject phrase in both forms. */
	record Phrase(String original, String folded) {
	}

	/** A whole subject and its conjuncts. */
	record Subject(Phrase whole, List<Phrase> parts) {

		static final Subject NONE = new Subject(new Phrase("", ""), List.of());

		boolean isEmpty() {
			return parts.isEmpty();
		}

	}

	private record Reading(String direction, int predicateStart, List<String> qualifiers) {
	}

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
		Subject clauseSubjects = Subject.NONE;
		for (List<Quantity> group : groups(c, quantities)) {
			Quantity first = group.get(0);
			Quantity last = group.get(group.size() - 1);
			Reading reading = reading(c, windowStart, group);
			String span = span(text, clause, context);
			boolean share = c.startsWith("的", last.end());
			List<String> qualifiers = new ArrayList<>(reading.qualifiers());
			List<String> indicators;
			if (share) {
				indicators = List.of(shareIndicator(o, c, last.end() + 1, quantities, last));
				span = o.substring(0, o.length());
			}
			else {
				Subject subjects = windowStart == 0 ? subjects(o, c, reading.predicateStart(), qualifiers)
						: laterSubject(o, c, windowStart, reading.predicateStart());
				if (subjects.isEmpty() && windowStart == 0 && context.untargeted != null) {
					subjects = subjects(context.untargeted.original(text), context.untargeted.folded(),
							context.untargeted.folded().length(), qualifiers);
				}
				boolean own = !subjects.isEmpty();
				if (!own) {
					subjects = clauseSubjects.isEmpty() ? context.subjects : clauseSubjects;
				}
				clauseSubjects = subjects;
				String object = object(o, c, last);
				indicators = !own && isCount(first.unit()) && !object.isEmpty() ? List.of(object)
						: indicators(subjects, group, object, o.substring(first.start(), last.end()));
			}
			for (int i = 0; i < indicators.size(); i++) {
				targets.addAll(targetsFor(indicators.get(i), reading.direction(), group, i, indicators.size(), years, c,
						qualifiers, span));
			}
			windowStart = last.end();
		}
		if (!clauseSubjects.isEmpty()) {
			context.subjects = clauseSubjects;
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

	private static Reading reading(String c, int windowStart, List<Quantity> group) {
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
		if (bound != null) {
			direction = switch (bound) {
				case "以上" -> ">=";
				case "以下", "以内" -> "<=";
				default -> "=";
			};
			if (direction.equals("=")) {
				qualifiers.add("左右");
			}
		}
		else if (isRelative) {
			direction = relative.group(1).matches("下降|降低|减少|缩小|减小") ? "decrease" : "increase";
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
		return new Reading(direction, predicateStart, qualifiers);
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

	/** The subject before the predicate, split into its conjuncts; qualifiers found in it are moved out. */
	private static Subject subjects(String original, String folded, int end, List<String> qualifiers) {
		PhraseEditor subject = new PhraseEditor(original.substring(0, end), folded.substring(0, end));
		Matcher unit = TargetVocabulary.UNIT_OF_MEASUREMENT.matcher(subject.folded());
		if (unit.find()) {
			qualifiers.add(subject.original().substring(unit.start(), unit.end()));
		}
		if (TargetVocabulary.STRIVE.matcher(subject.folded()).find()) {
			qualifiers.add("力争");
		}
		subject.remove(TargetVocabulary.TARGET_YEAR)
			.remove(TargetVocabulary.RELATIVE_BASE)
			.remove(TargetVocabulary.UNIT_OF_MEASUREMENT)
			.remove(TargetVocabulary.STRIVE)
			.trimFillers();
		if (subject.folded().isEmpty()) {
			return Subject.NONE;
		}
		return new Subject(new Phrase(subject.original(), subject.folded()),
				conjuncts(subject.original(), subject.folded()));
	}

	/** The subject of a later value in a clause: "…1.12名、床位增至3.17张" → 床位. */
	private static Subject laterSubject(String original, String folded, int from, int to) {
		if (to <= from) {
			return Subject.NONE;
		}
		PhraseEditor subject = new PhraseEditor(original.substring(from, to), folded.substring(from, to)).trimFillers();
		if (subject.folded().isEmpty()) {
			return Subject.NONE;
		}
		Phrase phrase = new Phrase(subject.original(), subject.folded());
		return new Subject(phrase, List.of(phrase));
	}

	/** Splits a phrase at its top-level 、/和/及/与/以及, not inside brackets or words like 普及, 参与. */
	static List<Phrase> conjuncts(String original, String folded) {
		List<Phrase> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		Matcher m = CONJUNCT_SPLIT.matcher(folded);
		int searchFrom = 0;
		while (m.find(searchFrom)) {
			depth = depth(folded, 0, m.start());
			searchFrom = m.end();
			if (depth != 0) {
				continue;
			}
			add(parts, original.substring(start, m.start()), folded.substring(start, m.start()));
			start = m.end();
		}
		add(parts, original.substring(start), folded.substring(start));
		return parts;
	}

	private static int depth(String folded, int from, int to) {
		int depth = 0;
		for (int i = from; i < to; i++) {
			char ch = folded.charAt(i);
			if (ch == '(' || ch == '《' || ch == '“') {
				depth++;
			}
			else if ((ch == ')' || ch == '》' || ch == '”') && depth > 0) {
				depth--;
			}
		}
		return depth;
	}

	private static void add(List<Phrase> parts, String original, String folded) {
		PhraseEditor part = new PhraseEditor(original, folded).trimFillers();
		if (!part.folded().isEmpty()) {
			parts.add(new Phrase(part.original(), part.folded()));
		}
	}

	/**
	 * The indicator names for a list of values: one per value when the subjects pair off with the
	 * values, one per separately measured rate when one value serves several, otherwise one.
	 */
	private static List<String> indicators(Subject subject, List<Quantity> group, String object, String quantityText) {
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

	private static boolean isCount(String unit) {
		return unit != null && "名所个家人张项次".contains(unit);
	}

	/** The counted thing after a count: "1名女干部" → 女干部. */
	private static String object(String original, String folded, Quantity last) {
		int end = last.end();
		Matcher m = OBJECT_END.matcher(folded);
		int stop = m.find(end) ? m.start() : folded.length();
		return new PhraseEditor(original.substring(end, stop), folded.substring(end, stop)).trimFillers().original();
	}

	/**
	 * "95%的城市社区和85%的农村社区（村）建立家长学校…": the share of the units named after 的 that do what
	 * the clause ends with — 建立家长学校…的城市社区比例.
	 */
	private static String shareIndicator(String original, String folded, int from, List<Quantity> all, Quantity last) {
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

	private static String span(String text, Clause clause, Context context) {
		return clause.original(text);
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

	static BigDecimal value(Quantity q) {
		return q.value();
	}

}
