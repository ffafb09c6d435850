package cn.planwatch.report.document;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a table's columns are aligned, the same in Word and PDF: a column of short entries (figures,
 * 已达标, 2030年) is centred, a column with any longer text (indicator names, remarks) is left aligned.
 * Header cells are always centred.
 */
final class ColumnAlignment {

	/** Entries up to this many characters count as short. */
	static final int SHORT = 8;

	private ColumnAlignment() {
	}

	/** One flag per column: true where the column is centred. */
	static List<Boolean> centred(Block.Table table) {
		return IntStream.range(0, table.header().size())
			.mapToObj(column -> table.rows()
				.stream()
				.map(row -> row.get(column).text().strip())
				.allMatch(text -> text.codePointCount(0, text.length()) <= SHORT))
			.toList();
	}

}
