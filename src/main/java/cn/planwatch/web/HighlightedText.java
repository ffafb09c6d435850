package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;

/** A goal's text cut into pieces, the pieces its targets were read from marked, for the review page. */
record HighlightedText(List<Piece> pieces) {

	record Piece(String text, boolean marked) {

	}

	static HighlightedText of(String text, List<String> spans) {
		boolean[] marked = new boolean[text.length()];
		for (String span : spans) {
			if (span == null || span.isEmpty()) {
				continue;
			}
			int at = text.indexOf(span);
			if (at >= 0) {
				for (int i = at; i < at + span.length(); i++) {
					marked[i] = true;
				}
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || marked[i] != marked[start]) {
				pieces.add(new Piece(text.substring(start, i), marked[start]));
				start = i;
			}
		}
		return new HighlightedText(pieces);
	}

}
