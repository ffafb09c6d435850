package cn.planwatch.collection.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.planwatch.collection.excel.RowAlignment.Step;
import cn.planwatch.collection.excel.RowAlignment.Step.Kind;

class RowAlignmentTest {

	private static final List<String> TEMPLATE = List.of("a", "b", "c", "d", "e");

	private static List<Step> problems(List<String> found) {
		return RowAlignment.align(TEMPLATE, found).stream().filter(s -> s.kind() != Kind.MATCH).toList();
	}

	@Test
	void identicalRowsAllMatchInOrder() {
		assertThat(RowAlignment.align(TEMPLATE, TEMPLATE)).extracting(Step::kind, Step::actual, Step::expected)
			.containsExactly(tuple(Kind.MATCH, 0, 0), tuple(Kind.MATCH, 1, 1), tuple(Kind.MATCH, 2, 2),
					tuple(Kind.MATCH, 3, 3), tuple(Kind.MATCH, 4, 4));
	}

	@Test
	void aDeletedRowIsMissingBeforeTheRowThatFollowedIt() {
		assertThat(problems(List.of("a", "b", "d", "e"))).extracting(Step::kind, Step::actual, Step::expected)
			.containsExactly(tuple(Kind.MISSING, 2, 2));
	}

	@Test
	void theLastRowDeletedIsMissingAtTheEnd() {
		assertThat(problems(List.of("a", "b", "c", "d"))).extracting(Step::kind, Step::actual, Step::expected)
			.containsExactly(tuple(Kind.MISSING, 4, 4));
	}

	@Test
	void anInsertedRowIsExtraAndDoesNotShiftTheOthers() {
		assertThat(problems(List.of("a", "x", "b", "c", "d", "e"))).extracting(Step::kind, Step::actual)
			.containsExactly(tuple(Kind.EXTRA, 1));
	}

	@Test
	void anEditedKeyIsAChangedRowNotAnInsertionAndADeletion() {
		assertThat(problems(List.of("a", "b", "x", "d", "e"))).extracting(Step::kind, Step::actual, Step::expected)
			.containsExactly(tuple(Kind.CHANGED, 2, 2));
	}

	@Test
	void swappedRowsGiveOneMovedRow() {
		assertThat(problems(List.of("a", "c", "b", "d", "e"))).extracting(Step::kind).containsExactly(Kind.MOVED);
	}

	@Test
	void aCopiedRowIsADuplicateOfTheFirst() {
		assertThat(problems(List.of("a", "b", "b", "c", "d", "e"))).extracting(Step::kind, Step::actual, Step::other)
			.containsExactly(tuple(Kind.DUPLICATE, 2, 1));
	}

	@Test
	void anEmptySheetMissesEveryRow() {
		assertThat(problems(List.of())).extracting(Step::kind).containsOnly(Kind.MISSING).hasSize(5);
	}

}
