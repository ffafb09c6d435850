package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subject of a numeric target — the words before its predicate — and splits it into its
 * conjuncts ("孕产妇、新生儿和婴儿死亡率" → 孕产妇 | 新生儿 | 婴儿死亡率). Target years, base years,
 * 力争 and "以乡镇为单位" are taken out of the subject; the last two become qualifiers.
 */
final class SubjectReader {

	private static final Pattern CONJUNCT_SPLIT = Pattern
		.compile("以及|、|(?<![平温共调缓饱])和(?![谐睦平])|(?<![普涉波危顾惠殃以触])及(?![时早其])|(?<![参给赋授])与(?!其)");

	private SubjectReader() {
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

	/** The subject before the predicate, split into its conjuncts; qualifiers found in it are moved out. */
	static Subject read(String original, String folded, int end, List<String> qualifiers) {
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

	/** The subject of a later value in a clause: "…0.9名、床位增至2.5张" → 床位. */
	static Subject later(String original, String folded, int from, int to) {
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

}
