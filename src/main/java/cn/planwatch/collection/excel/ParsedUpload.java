package cn.planwatch.collection.excel;

import java.util.List;

/** An uploaded workbook read back: the cells, or — if anything is wrong — every problem found (then nothing is applied). */
public record ParsedUpload(List<UploadedCell> cells, List<UploadProblem> problems) {

	public ParsedUpload {
		cells = List.copyOf(cells);
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return problems.isEmpty();
	}

}
