package cn.planwatch.collection.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadProblemsTest {

	@Test
	void problemsAreListedByRowThenColumnWithTheWholeFileFirst() {
		UploadProblems problems = new UploadProblems();
		problems.cell("填报", 9, 7, "H9");
		problems.cell("填报", 6, 26, "AA6");
		problems.cell("填报", 6, 6, "G6");
		problems.file("file");

		assertThat(problems.list()).extracting(UploadProblem::message).containsExactly("file", "G6", "AA6", "H9");
	}

	@Test
	void aVeryLongListIsCutWithACountOfTheRest() {
		UploadProblems problems = new UploadProblems();
		for (int row = 1; row <= UploadProblems.LIMIT + 20; row++) {
			problems.cell("填报", row, 5, "“三十”不是数字");
		}

		assertThat(problems.list()).hasSize(UploadProblems.LIMIT + 1)
			.last()
			.extracting(UploadProblem::message)
			.isEqualTo("另有 20 处问题未列出；请先改正以上问题后重新上传。");
	}

}
