package cn.planwatch.report;

import java.util.List;

import cn.planwatch.report.document.Block;

/** A rendered template section as paragraphs: each non-blank line is one (the templates' rule). */
final class Paragraphs {

	private Paragraphs() {
	}

	static void add(String text, List<Block> blocks) {
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				blocks.add(Block.Paragraph.of(line));
			}
		}
	}

}
