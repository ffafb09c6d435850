package cn.planwatch.report.compendium;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class DecimalsTest {

	private static TableLine line(String key, String... values) {
		List<Figure> figures = java.util.Arrays.stream(values)
			.map(value -> value == null ? Figure.NOT_AVAILABLE : Figure.of(new BigDecimal(value), false))
			.toList();
		return new TableLine(key, key, 0, "", figures, List.of());
	}

	@Test
	void anIndicatorPrintsWithTheMostDecimalsAnyOfItsLinesUsesAtMostTwo() {
		List<TableLine> lines = List.of(line("a", "1", "2.5"), line("a", "3.25", null), line("b", "85", "90.000"),
				line("c", "0.12345"), line("d"));

		assertThat(Figures.decimalsByIndicator(lines)).containsEntry("a", 2)
			.containsEntry("b", 0)
			.containsEntry("c", 2)
			.containsEntry("d", 0);
	}

	@Test
	void trailingZerosDoNotCountButAWholeNumberWithZerosStaysWhole() {
		assertThat(Figures.decimals(new BigDecimal("12.50"))).isEqualTo(1);
		assertThat(Figures.decimals(new BigDecimal("1E+3"))).isZero();
		assertThat(Figures.decimals(new BigDecimal("100"))).isZero();
	}

}
