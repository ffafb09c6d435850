package cn.planwatch.collection;

import java.util.List;

import cn.planwatch.collection.check.Finding;

/**
 * What became of an uploaded workbook: either every problem found in it (then nothing was
 * written), or the number of cells applied and what the checks find now.
 */
public record WorkbookUpload(List<String> problems, int cellsApplied, List<Finding> findings) {

	public WorkbookUpload {
		problems = List.copyOf(problems);
		findings = List.copyOf(findings);
	}

	public boolean accepted() {
		return problems.isEmpty();
	}

}
