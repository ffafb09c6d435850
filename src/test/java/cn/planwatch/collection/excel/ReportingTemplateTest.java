package cn.planwatch.collection.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportingTemplateTest {

	private static XSSFWorkbook open() throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(Fixtures.template()));
	}

	private static String text(XSSFSheet sheet, String address) {
		return new DataFormatter().formatCellValue(Fixtures.cell(sheet, address));
	}

	@Test
	void theFormSheetHasTheTitleBlockTheHeaderAndOneRowPerIndicatorAndBreakdown() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet sheet = workbook.getSheet("填报");

			assertThat(workbook.getSheetIndex(sheet)).isZero();
			assertThat(text(sheet, "A1")).isEqualTo("妇女儿童发展规划监测数据填报表");
			assertThat(text(sheet, "A2")).contains("明川市", "2024 年", "卫生健康局");
			Row header = sheet.getRow(3);
			assertThat(header).extracting(c -> c.getStringCellValue())
				.containsExactly("指标代码", "指标名称", "分组", "单位", "上年数值", "本年数值", "分子", "分母", "数据来源", "备注");
			assertThat(sheet.getLastRowNum() + 1).isEqualTo(13);
			assertThat(text(sheet, "A6") + "|" + text(sheet, "C6") + "|" + text(sheet, "E6")).isEqualTo("C-1-03|女|3.9");
			assertThat(text(sheet, "A13") + "|" + text(sheet, "C13") + "|" + text(sheet, "D13")).isEqualTo("W-1-06|合计|%");
		}
	}

	@Test
	void onlyTheInputCellsAreUnlockedAndTheSheetIsProtected() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet sheet = workbook.getSheet("填报");

			assertThat(sheet.getProtect()).isTrue();
			assertThat(workbook.isStructureLocked()).isTrue();
			// a rate: numerator and denominator are inputs, the value is a locked hint
			assertThat(Fixtures.cell(sheet, "F5").getCellStyle().getLocked()).isTrue();
			assertThat(text(sheet, "F5")).isEqualTo("由分子分母计算");
			assertThat(Fixtures.cell(sheet, "G5").getCellStyle().getLocked()).isFalse();
			assertThat(Fixtures.cell(sheet, "H5").getCellStyle().getLocked()).isFalse();
			// a count: the value is the input, numerator and denominator are locked
			assertThat(Fixtures.cell(sheet, "F10").getCellStyle().getLocked()).isFalse();
			assertThat(Fixtures.cell(sheet, "G10").getCellStyle().getLocked()).isTrue();
			assertThat(Fixtures.cell(sheet, "H10").getCellStyle().getLocked()).isTrue();
			// source and note are inputs everywhere; code, name, breakdown, unit and last year are not
			assertThat(Fixtures.cell(sheet, "I13").getCellStyle().getLocked()).isFalse();
			assertThat(Fixtures.cell(sheet, "J13").getCellStyle().getLocked()).isFalse();
			for (String locked : new String[] { "A5", "B5", "C5", "D5", "E5", "A4", "G4" }) {
				assertThat(Fixtures.cell(sheet, locked).getCellStyle().getLocked()).as(locked).isTrue();
			}
		}
	}

	@Test
	void theFormSheetIsPrintReadyOnA4LandscapeWithTheHeaderRepeatedAndFrozen() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet sheet = workbook.getSheet("填报");

			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 2);
		}
	}

	@Test
	void theGuideSheetExplainsEachIndicator() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			XSSFSheet guide = workbook.getSheet("指标说明");

			assertThat(guide.getLastRowNum()).isEqualTo(3);
			assertThat(text(guide, "A2") + "|" + text(guide, "C2") + "|" + text(guide, "E2") + "|" + text(guide, "F2"))
				.isEqualTo("C-1-03|‰|5岁以下儿童死亡数|活产数");
			assertThat(text(guide, "G2")).isEqualTo("合计、女、男、城镇、农村");
			assertThat(text(guide, "H3")).isEqualTo("城乡社区建成并正常运转的儿童之家个数");
			assertThat(text(guide, "D3")).isEqualTo("填写本年数值");
		}
	}

	@Test
	void theMetaSheetIsVeryHiddenAndNamesTheTaskAndTheStructure() throws IOException {
		try (XSSFWorkbook workbook = open()) {
			int index = workbook.getSheetIndex("_meta");
			XSSFSheet meta = workbook.getSheetAt(index);

			assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(text(meta, "A1") + "=" + text(meta, "B1")).isEqualTo("format=planwatch.reporting-template/1");
			assertThat(text(meta, "B2")).isEqualTo("42");
			assertThat(text(meta, "B3")).isEqualTo("2024");
			assertThat(text(meta, "B4")).isEqualTo("990100");
			assertThat(text(meta, "B6")).isEqualTo("7");
			assertThat(text(meta, "B8")).isEqualTo(TemplateLayout.checksum(Fixtures.TASK)).hasSize(64);
		}
	}

}
