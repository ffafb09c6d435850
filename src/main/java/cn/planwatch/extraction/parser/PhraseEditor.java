package cn.planwatch.extraction.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small edits on a phrase kept in two parallel forms — verbatim and folded, of equal length — so
 * that what is found in the folded form can be removed from the verbatim one.
 */
final class PhraseEditor {

	private static final Pattern LEADING_FILLER = Pattern.compile("^(?:并且|并|且|其中|同时|确保|保证|保障|推动|推进|促进|基本实现|实现|力争|还要|要|应当|应|将|使|让|,|、|”|\"|\\s)+");

	private static final Pattern TRAILING_FILLER = Pattern
		.compile("(?:一般|(?<![拥具享])有|(?<![作成认视])为|分别|均|都|每年|年均|平均|总体|继续|力争|争取|并且|并|且|要|应当|应|将|能够|已|实现|中|的|在|以及|和|(?<![普涉])及|(?<!参)与|,|、|“|\"|\\s)$");

	private static final int TRAILING_WINDOW = 4;

	private String original;

	private String folded;

	PhraseEditor(String original, String folded) {
		this.original = original;
		this.folded = folded;
	}

	/** Removes every match of the pattern (found in the folded form) from both forms. */
	PhraseEditor remove(Pattern pattern) {
		Matcher m = pattern.matcher(folded);
		StringBuilder o = new StringBuilder();
		StringBuilder f = new StringBuilder();
		int last = 0;
		while (m.find()) {
			o.append(original, last, m.start());
			f.append(folded, last, m.start());
			last = m.end();
		}
		o.append(original.substring(last));
		f.append(folded.substring(last));
		original = o.toString();
		folded = f.toString();
		return this;
	}

	/** Removes connectives and adverbs left at either end ("并", "分别", "中", a comma). */
	PhraseEditor trimFillers() {
		boolean changed = true;
		while (changed && !folded.isEmpty()) {
			changed = false;
			Matcher leading = LEADING_FILLER.matcher(folded);
			if (leading.lookingAt() && leading.end() > 0) {
				cut(leading.end(), folded.length());
				changed = true;
			}
			Matcher trailing = TRAILING_FILLER.matcher(folded);
			trailing.useTransparentBounds(true).region(Math.max(0, folded.length() - TRAILING_WINDOW), folded.length());
			if (trailing.find() && trailing.start() < folded.length()) {
				cut(0, trailing.start());
				changed = true;
			}
		}
		return this;
	}

	private void cut(int start, int end) {
		original = original.substring(start, end);
		folded = folded.substring(start, end);
	}

	String original() {
		return original;
	}

	String folded() {
		return folded;
	}

}
