package cn.planwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DemoSplitTest {

	@Test
	void aTotalIsSplitInProportionAndAddsUpExactly() {
		long[] parts = DemoSplit.allocate(10_001, new double[] { 0.5, 0.3, 0.2 }, null, new SplittableRandom(1));

		assertThat(Arrays.stream(parts).sum()).isEqualTo(10_001);
		assertThat(parts[0]).isBetween(4_999L, 5_002L);
		assertThat(parts[2]).isBetween(1_999L, 2_002L);
	}

	@Test
	void noPartExceedsItsCap() {
		SplittableRandom random = new SplittableRandom(2);
		for (long total : new long[] { 3, 19, 20, 950, 1000 }) {
			long[] caps = { 100, 400, 500 };
			long[] parts = DemoSplit.allocate(total, new double[] { 0.9, 0.05, 0.05 }, caps, random);

			assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
			for (int i = 0; i < parts.length; i++) {
				assertThat(parts[i]).isBetween(0L, caps[i]);
			}
		}
		assertThatThrownBy(() -> DemoSplit.allocate(10, new double[] { 1, 1 }, new long[] { 3, 3 }, random))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aFewUnitsLandWholeInSomePartsRatherThanBeingSpreadEvenly() {
		long[] parts = DemoSplit.allocate(1, new double[] { 1, 1, 1 }, null, new SplittableRandom(3));

		assertThat(parts).containsExactlyInAnyOrder(1L, 0L, 0L);
	}

	@Test
	void everyPartGetsOneWhenThereAreEnough() {
		long[] parts = DemoSplit.allocateAtLeastOne(3, new double[] { 0.98, 0.01, 0.01 }, new SplittableRandom(4));

		assertThat(parts).containsExactly(1L, 1L, 1L);
	}

	@Test
	void aTableMeetsBothItsRowAndColumnSums() {
		SplittableRandom random = new SplittableRandom(5);
		long[] rows = { 4036, 3082, 2011 };
		long[] columns = { 3822, 5307 };
		double[][] seed = { { 0.74, 0.30 }, { 0.40, 0.64 }, { 0.17, 0.87 } };

		long[][] table = DemoSplit.table(rows, columns, seed, random);

		for (int i = 0; i < rows.length; i++) {
			assertThat(Arrays.stream(table[i]).sum()).isEqualTo(rows[i]);
			assertThat(Arrays.stream(table[i]).boxed().toList()).allMatch(x -> x >= 0);
		}
		for (int j = 0; j < columns.length; j++) {
			int column = j;
			assertThat(Arrays.stream(table).mapToLong(row -> row[column]).sum()).isEqualTo(columns[j]);
		}
		// the seat (mostly urban) gets the larger urban share
		assertThat((double) table[0][0] / rows[0]).isGreaterThan((double) table[2][0] / rows[2]);
	}

}
