package cn.planwatch.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CjkFontsTest {

	static final FontFile NOWHERE = FontFile.parse("/nonexistent/fonts/none.ttc,0");

	static final FontFile WQY = FontFile.parse("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");

	@Test
	void aSettingNamingAMissingFileIsRefusedWithTheInstallHint() {
		assertThatThrownBy(() -> CjkFonts.locate("/nonexistent/fonts/simsun.ttc,0", List.of(), List.of()))
			.isInstanceOf(MissingCjkFontException.class)
			.hasMessageContaining("PLANWATCH_CJK_FONT 指定的字体文件不存在")
			.hasMessageContaining("/nonexistent/fonts/simsun.ttc")
			.hasMessageContaining("sudo apt-get install fonts-noto-cjk fonts-wqy-zenhei");
	}

	@Test
	void noFontAnywhereIsRefusedWithTheInstallHint() {
		assertThatThrownBy(() -> CjkFonts.locate(null, List.of(NOWHERE), List.of(NOWHERE)))
			.isInstanceOf(MissingCjkFontException.class)
			.hasMessageStartingWith("未找到中文字体")
			.hasMessageContaining("sudo apt-get install fonts-noto-cjk fonts-wqy-zenhei")
			.hasMessageContaining("PLANWATCH_CJK_FONT")
			.hasMessageContaining("/nonexistent/fonts/none.ttc,0");
	}

	@Test
	void oneKindOfFontServesForBoth() {
		Assumptions.assumeTrue(WQY.isReadable(), "fonts-wqy-zenhei is not installed");
		CjkFonts fonts = CjkFonts.locate(" ", List.of(NOWHERE, WQY), List.of(NOWHERE));
		assertThat(fonts.sans()).isEqualTo(WQY);
		assertThat(fonts.serif()).isEqualTo(WQY);
	}

	@Test
	void aSettingOverridesTheCandidates() {
		Assumptions.assumeTrue(WQY.isReadable(), "fonts-wqy-zenhei is not installed");
		CjkFonts fonts = CjkFonts.locate(WQY.pdfName(), List.of(NOWHERE), List.of(NOWHERE));
		assertThat(fonts.sans()).isEqualTo(WQY);
		assertThat(fonts.serif()).isEqualTo(WQY);
	}

	@Test
	void thisMachineHasAFaceThatDrawsChinese() {
		CjkFonts fonts = CjkFonts.locate();
		for (FontFile face : List.of(fonts.sans(), fonts.serif())) {
			Font font = face.awtFont(Font.PLAIN, 12);
			assertThat(font.canDisplayUpTo("妇女儿童发展规划监测评估（2021—2030年）≥95%")).as(face.toString()).isEqualTo(-1);
		}
	}

	@Test
	void aCollectionNamesItsFace() {
		FontFile noto = FontFile.parse("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
		assertThat(noto.path()).isEqualTo(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));
		assertThat(noto.index()).isEqualTo(2);
		assertThat(noto.pdfName()).isEqualTo("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
		assertThat(FontFile.parse("C:/Windows/Fonts/simhei.ttf").pdfName()).isEqualTo("C:/Windows/Fonts/simhei.ttf");
	}

}
