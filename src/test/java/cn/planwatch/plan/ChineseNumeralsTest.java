package cn.planwatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

	@ParameterizedTest
	@CsvSource({ "1,一", "8,八", "10,十", "11,十一", "20,二十", "23,二十三", "99,九十九" })
	void writesHeadingNumeralsAsDocumentsDo(int n, String expected) {
		assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
	}

}
