package cn.planwatch.collection.excel;

import java.util.List;
import java.util.NavigableMap;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A worksheet as read: its rows that hold anything (1-based row number → row) and its merged
 * regions. Only the template's columns are kept per row, plus the first cell to the right of them.
 */
record SheetContent(NavigableMap<Integer, SheetRow> rows, List<CellRangeAddress> merged) {

	/** One row: the cells of the template's columns (null where blank) and the first filled cell beyond them. */
	static final class SheetRow {

		final int number;

		final RawCell[] cells;

		RawCell outside;

		SheetRow(int number, int columns) {
			this.number = number;
			this.cells = new RawCell[columns];
		}

		RawCell cell(int column) {
			return column < cells.length ? cells[column] : null;
		}

		/** The trimmed text shown in a column, "" when blank. */
		String shown(int column) {
			RawCell cell = cell(column);
			return cell == null ? "" : cell.shown();
		}

		boolean hasContent() {
			if (outside != null) {
				return true;
			}
			for (RawCell cell : cells) {
				if (cell != null && cell.hasContent()) {
					return true;
				}
			}
			return false;
		}

	}

}
