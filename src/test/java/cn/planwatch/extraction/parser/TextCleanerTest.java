package cn.planwatch.extraction.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

	@Test
	void dropsPageNumbersInTheirUsualForms() {
		List<String> lines = TextCleaner.lines("第一行\n- 8 -\n第二行\n— 27 —\n第三行\n第 3 页\n－12－\n第四行");
		assertThat(lines).containsExactly("第一行", "第二行", "第三行", "第四行");
	}

	@Test
	void dropsMarkdownBoldAndListBulletsButKeepsNumbering() {
		assertThat(TextCleaner.lines("**某某县儿童发展规划**\n- (1) 儿童福利水平提高。\n* 2. 第二条"))
			.containsExactly("某某县儿童发展规划", "(1) 儿童福利水平提高。", "2. 第二条");
	}

	@Test
	void dropsRunningHeadersThatRepeatNextToPageNumbers() {
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= 4; page++) {
			text.append("正文第").append(page).append("页的内容，").append("\n\n某某市人民政府文件\n\n- ").append(page).append(" -\n\n");
		}
		assertThat(TextCleaner.lines(text.toString())).noneMatch(line -> line.contains("人民政府文件")).hasSize(4);
	}

	@Test
	void keepsHeadingsThatRepeatInEveryArea() {
		String text = "主要目标\n1.甲。\n- 1 -\n主要目标\n1.乙。\n- 2 -\n主要目标\n1.丙。\n- 3 -\n";
		assertThat(TextCleaner.lines(text)).filteredOn(line -> line.equals("主要目标")).hasSize(3);
	}

	@Test
	void joinsWrappedLinesWithoutTheStraySpacesOfAPdf() {
		assertThat(TextCleaner.join(List.of("新生儿死亡率降到 2.6‰、", "4.1‰和 5 岁以下儿童", "死亡率 5.2‰以下")))
			.isEqualTo("新生儿死亡率降到2.6‰、4.1‰和5岁以下儿童死亡率5.2‰以下");
		assertThat(TextCleaner.squeeze("推广 HPV vaccine 接种")).isEqualTo("推广HPV vaccine接种");
	}

	@Test
	void foldsWidthsWithoutChangingLength() {
		String text = "达到９５％以上（含）—";
		String folded = WidthFolder.fold(text);
		assertThat(folded).isEqualTo("达到95%以上(含)-");
		assertThat(folded).hasSameSizeAs(text);
	}

}
