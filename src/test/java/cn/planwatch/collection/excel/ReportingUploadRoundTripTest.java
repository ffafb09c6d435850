package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.Fixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.junit.jupiter.api.Test;

class ReportingUploadRoundTripTest {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void whatAReporterFillsInIsReadBackCellByCellInTemplateOrder() {
		byte[] filled = Fixtures.edited(sheet -> {
			put(sheet, "G5", 31);
			put(sheet, "H5", 7400);
			put(sheet, "I5", "妇幼年报");
			put(sheet, "G6", 13);
			put(sheet, "H6", 3550);
			put(sheet, "G7", 18);
			put(sheet, "H7", 3850);
			put(sheet, "G8", 12);
			put(sheet, "H8", 3900);
			put(sheet, "G9", 19);
			put(sheet, "H9", 3500);
			put(sheet, "J9", "含流动人口");
			put(sheet, "F10", 126);
			// row 11 (C-6-01 城镇) left empty
			put(sheet, "F12", 80);
			put(sheet, "F13", 96.5);
			put(sheet, "I13", "妇幼保健监测");
		});

		ParsedUpload upload = Fixtures.upload(filled);

		assertThat(upload.problems()).isEmpty();
		assertThat(upload.ok()).isTrue();
		assertThat(upload.cells()).containsExactly(
				new UploadedCell("C-1-03", "TOTAL", null, n("31"), n("7400"), "妇幼年报", null, 5),
				new UploadedCell("C-1-03", "SEX:FEMALE", null, n("13"), n("3550"), null, null, 6),
				new UploadedCell("C-1-03", "SEX:MALE", null, n("18"), n("3850"), null, null, 7),
				new UploadedCell("C-1-03", "AREA:URBAN", null, n("12"), n("3900"), null, null, 8),
				new UploadedCell("C-1-03", "AREA:RURAL", null, n("19"), n("3500"), null, "含流动人口", 9),
				new UploadedCell("C-6-01", "TOTAL", n("126"), null, null, null, null, 10),
				new UploadedCell("C-6-01", "AREA:RURAL", n("80"), null, null, null, null, 12),
				new UploadedCell("W-1-06", "TOTAL", n("96.5"), null, null, "妇幼保健监测", null, 13));
	}

	@Test
	void anUntouchedTemplateGivesNoCellsAndNoProblems() {
		ParsedUpload upload = Fixtures.upload(Fixtures.template());

		assertThat(upload.ok()).isTrue();
		assertThat(upload.cells()).isEmpty();
	}

	@Test
	void unambiguousNumbersTypedAsTextAreNormalised() {
		byte[] filled = Fixtures.edited(sheet -> {
			put(sheet, "G5", "1,234");
			put(sheet, "H5", "１２３４５６");
			put(sheet, "F10", " 126 ");
			put(sheet, "F13", "96.5%");
			put(sheet, "I5", "2023");
		});

		ParsedUpload upload = Fixtures.upload(filled);

		assertThat(upload.problems()).isEmpty();
		assertThat(upload.cells()).containsExactly(
				new UploadedCell("C-1-03", "TOTAL", null, n("1234"), n("123456"), "2023", null, 5),
				new UploadedCell("C-6-01", "TOTAL", n("126"), null, null, null, null, 10),
				new UploadedCell("W-1-06", "TOTAL", n("96.5"), null, null, null, null, 13));
	}

	@Test
	void aPercentageTypedInExcelIsReadInTheUnitOfTheIndicator() {
		byte[] filled = Fixtures.editedWorkbook(workbook -> {
			var sheet = workbook.getSheet("填报");
			CellStyle percent = workbook.createCellStyle();
			percent.cloneStyleFrom(Fixtures.cell(sheet, "F13").getCellStyle());
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			Fixtures.cell(sheet, "F13").setCellStyle(percent);
			put(sheet, "F13", 0.965);
		});

		ParsedUpload upload = Fixtures.upload(filled);

		assertThat(upload.problems()).isEmpty();
		assertThat(upload.cells()).singleElement().extracting(UploadedCell::value).isEqualTo(n("96.5"));
	}

}
