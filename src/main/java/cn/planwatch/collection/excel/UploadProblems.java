package cn.planwatch.collection.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one upload. The list handed back is ordered by row and column and
 * capped at {@value #LIMIT} entries (then a last entry says how many more there are), so a
 * workbook with every row wrong still gives a readable answer.
 */
final class UploadProblems {

	static final int LIMIT = 500;

	private static final Comparator<UploadProblem> IN_SHEET_ORDER = Comparator.comparingInt(UploadProblem::row)
		.thenComparingInt(p -> p.column().length())
		.thenComparing(UploadProblem::column);

	private final List<UploadProblem> problems = new ArrayList<>();

	/** About the whole file. */
	void file(String message) {
		problems.add(new UploadProblem("", 0, "", message));
	}

	/** About a whole sheet. */
	void sheet(String sheet, String message) {
		problems.add(new UploadProblem(sheet, 0, "", message));
	}

	/** About a whole row (1-based). */
	void row(String sheet, int row, String message) {
		problems.add(new UploadProblem(sheet, row, "", message));
	}

	/** About one cell: 1-based row, 0-based column. */
	void cell(String sheet, int row, int column, String message) {
		problems.add(new UploadProblem(sheet, row, TemplateLayout.letter(column), message));
	}

	int size() {
		return problems.size();
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	List<UploadProblem> list() {
		List<UploadProblem> sorted = new ArrayList<>(problems);
		sorted.sort(IN_SHEET_ORDER);
		if (sorted.size() <= LIMIT) {
			return sorted;
		}
		List<UploadProblem> shown = new ArrayList<>(sorted.subList(0, LIMIT));
		shown.add(new UploadProblem("", 0, "",
				"另有 " + (sorted.size() - LIMIT) + " 处问题未列出；请先改正以上问题后重新上传。"));
		return shown;
	}

}
