package cn.planwatch.report.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where OpenPDF may break a line of Chinese text: after any ideograph or punctuation mark, except
 * that closing punctuation (，。、）》…) never starts a line and opening punctuation (（《“…) never
 * ends one — the usual 避头尾 rule. OpenPDF's default breaks before a full-width comma.
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {

	static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

	static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—％‰·,.;:?!)%";

	static final String NO_LINE_END = "（《「『【〔〈“‘(";

	/** A chunk of text that breaks by these rules. */
	static Chunk chunk(String text, Font font) {
		Chunk chunk = new Chunk(text, font);
		chunk.setSplitCharacter(INSTANCE);
		return chunk;
	}

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		char here = getCurrentCharacter(current, cc, ck);
		if (NO_LINE_END.indexOf(here) >= 0) {
			return false;
		}
		if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
			return false;
		}
		return NO_LINE_START.indexOf(here) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
	}

}
