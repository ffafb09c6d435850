package cn.planwatch.region;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.planwatch.shared.InvalidInputException;

class RegionCodesTest {

	@Test
	void acceptsCodesThatFitTheirLevel() {
		assertThatCode(() -> RegionCodes.check("430000", RegionLevel.PROVINCE)).doesNotThrowAnyException();
		assertThatCode(() -> RegionCodes.check("430900", RegionLevel.CITY)).doesNotThrowAnyException();
		assertThatCode(() -> RegionCodes.check("430902", RegionLevel.COUNTY)).doesNotThrowAnyException();
		assertThatCode(() -> RegionCodes.check("430902001000", RegionLevel.TOWNSHIP)).doesNotThrowAnyException();
	}

	@Test
	void rejectsACityCodeGivenAsACounty() {
		assertThatThrownBy(() -> RegionCodes.check("430900", RegionLevel.COUNTY))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("与级别“县级”不符");
	}

	@Test
	void rejectsASixDigitTownshipCode() {
		assertThatThrownBy(() -> RegionCodes.check("430902", RegionLevel.TOWNSHIP))
			.hasMessageContaining("12 位数字");
	}

	@Test
	void rejectsLettersAndBlanks() {
		assertThatThrownBy(() -> RegionCodes.check("43A902", RegionLevel.COUNTY)).hasMessageContaining("6 位数字");
		assertThatThrownBy(() -> RegionCodes.check(" ", RegionLevel.COUNTY)).hasMessageContaining("不能为空");
	}

}
