package cn.planwatch.collection.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "126|126", "' 126 '|126", "1,234|1234", "1,234,567.5|1234567.5",
			"１２３|123", "１，２３４．５|1234.5", "－3|-3", "0.50|0.5", ".5|0.5", "1.2E3|1200", "'\u3000７\u3000'|7" })
	void unambiguousNumbersAreAccepted(String typed, String expected) {
		CellReading reading = NumberText.parse(typed, false, "人");

		assertThat(reading.problem()).isNull();
		assertThat(reading.number()).isEqualTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "三十|不是数字，请填写阿拉伯数字", "1,5|逗号", "12,3456|逗号", "—|没有数据请留空",
			"无|没有数据请留空", "30人|不要带单位", "85%|带有百分号", "1.2.3|不是数字", "1 234|不是数字" })
	void everythingElseIsExplained(String typed, String phrase) {
		CellReading reading = NumberText.parse(typed, false, "人");

		assertThat(reading.number()).isNull();
		assertThat(reading.problem()).contains(phrase);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "96.5%|96.5", "96.5 ％|96.5", "100|100" })
	void aPercentSignIsDroppedWhereTheUnitIsPercent(String typed, String expected) {
		assertThat(NumberText.parse(typed, true, "%").number()).isEqualTo(new BigDecimal(expected));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''", "'  '" })
	void blankIsNothing(String typed) {
		assertThat(NumberText.parse(typed, false, "人")).isEqualTo(CellReading.NOTHING);
	}

}
