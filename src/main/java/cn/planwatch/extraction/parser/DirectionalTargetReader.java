package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the direction of a clause without a number: something rises (提高, 增强, 延长, 更加丰富), falls
 * (下降, 减少, 缩小, 得到有效控制), is held (保持均衡, 巩固) or is ended (消除, 禁止). A change verb counts
 * when it leads the clause ("提高妇女健康素养水平", "预防和减少孕产妇贫血"), when it is the predicate of a
 * subject — marked by an adverb or standing at the end ("预期寿命延长", "近视率明显下降") — or when a
 * causative verb leads to it ("促进农村女性提升数字技能"). Verbs inside nouns (普及率, 增长率) and
 * clauses that only build a system ("…评价体系更加完善", "加强…", "…得到保障") give nothing.
 */
public final class DirectionalTargetReader {

	private static final int TAIL_ALLOWANCE = 2;

	private static final Pattern INCREASING_SELF_MARKED = Pattern.compile("普及|接受|推广|覆盖");

	private DirectionalTargetReader() {
	}

	/** A direction found in a clause and where its verb stands. */
	public record Found(String direction, int start, int end) {
	}

	private record Vocabulary(String direction, Pattern pattern) {
	}

	private static final List<Vocabulary> LEADING = List.of(new Vocabulary("eliminate", TargetVocabulary.ELIMINATE),
			new Vocabulary("maintain", TargetVocabulary.MAINTAIN),
			new Vocabulary("maintain", TargetVocabulary.CONSOLIDATE),
			new Vocabulary("decrease", TargetVocabulary.DECREASE),
			new Vocabulary("increase", TargetVocabulary.INCREASE));

	private static final List<Vocabulary> PREDICATES = List.of(new Vocabulary("eliminate", TargetVocabulary.ELIMINATE),
			new Vocabulary("maintain", TargetVocabulary.MAINTAIN),
			new Vocabulary("decrease", TargetVocabulary.DECREASE),
			new Vocabulary("increase", TargetVocabulary.INCREASE),
			new Vocabulary("increase", TargetVocabulary.SUBJECT_PREDICATE));

	/** The direction of a folded clause, or null when it states no change. */
	public static Found find(String clause) {
		Matcher adverbs = TargetVocabulary.LEADING_ADVERBS.matcher(clause);
		int head = adverbs.lookingAt() ? adverbs.end() : 0;
		for (Vocabulary vocabulary : LEADING) {
			Matcher m = vocabulary.pattern().matcher(clause).region(head, clause.length());
			if (m.lookingAt() && !isNoun(clause, m.end())) {
				return new Found(vocabulary.direction(), m.start(), m.end());
			}
		}
		if (TargetVocabulary.CAUSATIVE.matcher(clause.substring(head)).lookingAt()) {
			Found embedded = first(clause, head, true);
			if (embedded != null) {
				return embedded;
			}
		}
		return first(clause, head, false);
	}

	private static Found first(String clause, int from, boolean anywhere) {
		List<Found> candidates = new ArrayList<>();
		Matcher self = TargetVocabulary.SELF_MARKED.matcher(clause);
		while (self.find()) {
			if (self.start() >= from && !isNoun(clause, self.end())) {
				String direction = INCREASING_SELF_MARKED.matcher(self.group()).find() ? "increase" : "decrease";
				candidates.add(new Found(direction, self.start(), self.end()));
			}
		}
		for (Vocabulary vocabulary : PREDICATES) {
			Matcher m = vocabulary.pattern().matcher(clause);
			while (m.find()) {
				if (m.start() >= from && !isNoun(clause, m.end())
						&& (anywhere || isPredicate(clause, m.start(), m.end()))) {
					candidates.add(new Found(vocabulary.direction(), m.start(), m.end()));
				}
			}
		}
		return candidates.stream().min(Comparator.comparingInt(Found::start)).orElse(null);
	}

	private static boolean isPredicate(String clause, int start, int end) {
		if (clause.length() - end <= TAIL_ALLOWANCE) {
			return true;
		}
		return TargetVocabulary.PREDICATE_ADVERB.matcher(clause.substring(Math.max(0, start - 4), start)).find();
	}

	private static boolean isNoun(String clause, int end) {
		return end < clause.length() && TargetVocabulary.NOUN_AFTER_VERB.matcher(clause.substring(end)).lookingAt();
	}

}
