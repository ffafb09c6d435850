package cn.planwatch.report.compendium;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

	@Test
	void charactersExcelRefusesBecomeTheirFullWidthForms() {
		assertThat(SheetNames.sanitize("妇女与经济/社会保障")).isEqualTo("妇女与经济／社会保障");
		assertThat(SheetNames.sanitize("a\\b?c*d[e]f:g")).isEqualTo("a＼b？c＊d［e］f：g");
	}

	@Test
	void aLongNameIsCutToThirtyOneCharacters() {
		String forty = "一二三四五六七八九十".repeat(4);

		assertThat(SheetNames.sanitize(forty)).isEqualTo(forty.substring(0, 31));
	}

	@Test
	void apostrophesAtEitherEndAndEmptyNamesAreReplaced() {
		assertThat(SheetNames.sanitize("'儿童'")).isEqualTo("儿童");
		assertThat(SheetNames.sanitize("  ")).isEqualTo("工作表");
		assertThat(SheetNames.sanitize(null)).isEqualTo("工作表");
	}

	@Test
	void repeatedNamesGetANumberWithinTheLimitIgnoringCase() {
		SheetNames names = new SheetNames();
		String forty = "一二三四五六七八九十".repeat(4);

		assertThat(names.add(forty)).isEqualTo(forty.substring(0, 31));
		assertThat(names.add(forty)).isEqualTo(forty.substring(0, 28) + "（2）").hasSize(31);
		assertThat(names.add(forty)).isEqualTo(forty.substring(0, 28) + "（3）");
		assertThat(names.add("Data")).isEqualTo("Data");
		assertThat(names.add("DATA")).isEqualTo("DATA（2）");
		assertThat(names.add("history")).isEqualTo("history（2）");
	}

}
