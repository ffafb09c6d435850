package cn.planwatch.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;

class ChineseLineBreaksTest {

	static final String TEXT = "达标率（%）为83.3，较上年提高。";

	/** Whether a line may end right after the given start of {@link #TEXT}. */
	static boolean lineMayEndAfter(SplitCharacter rule, String start) {
		char[] text = TEXT.toCharArray();
		return rule.isSplitCharacter(0, start.length() - 1, text.length, text, null);
	}

	@Test
	void closingPunctuationNeverStartsALine() {
		// OpenPDF's own rule breaks before a full-width full stop or comma, and never after a comma
		assertThat(lineMayEndAfter(new DefaultSplitCharacter(), "达标率（%）为83.3，较上年提高")).isTrue();
		assertThat(lineMayEndAfter(new DefaultSplitCharacter(), "达标率（%）为83.3，")).isFalse();

		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率（%）为83.3，较上年提高")).isFalse();
		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率（%）为83.3，较上年提")).isTrue();
		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率（%）为83.3，")).isTrue();
	}

	@Test
	void anOpeningBracketNeverEndsALine() {
		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率（")).isFalse();
		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率")).isTrue();
	}

	@Test
	void closingPunctuationAfterFiguresStaysWithThem() {
		assertThat(lineMayEndAfter(new DefaultSplitCharacter(), "达标率（%）为83.3")).as("OpenPDF's own rule")
			.isFalse();
		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率（%）为83.3")).isFalse();
		assertThat(lineMayEndAfter(ChineseLineBreaks.INSTANCE, "达标率（%")).isFalse();
	}

}
