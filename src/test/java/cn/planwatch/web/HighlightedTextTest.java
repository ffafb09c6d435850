package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightedTextTest {

	@Test
	void marksEachSpanOnceAndKeepsTheRestPlain() {
		HighlightedText text = HighlightedText.of("宫颈癌筛查率达到70%以上，乳腺癌筛查率逐步提高。",
				List.of("宫颈癌筛查率达到70%以上", "乳腺癌筛查率逐步提高"));

		assertThat(text.pieces()).extracting(HighlightedText.Piece::text)
			.containsExactly("宫颈癌筛查率达到70%以上", "，", "乳腺癌筛查率逐步提高", "。");
		assertThat(text.pieces()).extracting(HighlightedText.Piece::marked).containsExactly(true, false, true, false);
	}

	@Test
	void aSpanNotInTheTextChangesNothing() {
		assertThat(HighlightedText.of("妇女健康水平提高。", List.of("不存在")).pieces())
			.containsExactly(new HighlightedText.Piece("妇女健康水平提高。", false));
	}

}
