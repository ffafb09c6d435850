package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a goal or strategy text into clauses: sentences end at 。；！？ and clauses at commas, but
 * not inside brackets, book-title marks or quotation marks. Works on the folded text and reports
 * offsets, so the clauses can be cut from the verbatim text.
 */
public final class ClauseSplitter {

	private ClauseSplitter() {
	}

	/** A clause: [start, end) in the text, the index of its sentence, and its folded text. */
	public record Clause(int start, int end, int sentence, String folded) {

		public String original(String text) {
			return text.substring(start, end);
		}

	}

	/** The clauses of a text, in order, trimmed of spaces; punctuation between them is dropped. */
	public static List<Clause> split(String text) {
		String folded = WidthFolder.fold(text);
		List<Clause> clauses = new ArrayList<>();
		int depth = 0;
		int sentence = 0;
		int start = 0;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c == '(' || c == '《' || c == '“' || c == '「' || c == '【' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == '》' || c == '”' || c == '」' || c == '】' || c == ']') && depth > 0) {
				depth--;
			}
			boolean sentenceEnd = c == '。' || c == ';' || c == '!' || c == '?';
			boolean clauseEnd = c == ',' && depth == 0;
			if (sentenceEnd || clauseEnd) {
				add(clauses, folded, start, i, sentence);
				start = i + 1;
				if (sentenceEnd) {
					sentence++;
					depth = 0;
				}
			}
		}
		add(clauses, folded, start, folded.length(), sentence);
		return clauses;
	}

	private static void add(List<Clause> clauses, String folded, int start, int end, int sentence) {
		while (start < end && TextCleaner.isSpace(folded.charAt(start))) {
			start++;
		}
		while (end > start && TextCleaner.isSpace(folded.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			clauses.add(new Clause(start, end, sentence, folded.substring(start, end)));
		}
	}

}
