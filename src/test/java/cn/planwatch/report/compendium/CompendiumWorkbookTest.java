package cn.planwatch.report.compendium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CompendiumWorkbookTest {

	private static final DataFormatter SHOWN = new DataFormatter();

	private static String shown(XSSFSheet sheet, String address) {
		CellReference reference = new CellReference(address);
		XSSFRow row = sheet.getRow(reference.getRow());
		return row == null ? null : SHOWN.formatCellValue(row.getCell(reference.getCol()));
	}

	private static List<String> texts(XSSFRow row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(SHOWN.formatCellValue(cell)));
		return texts;
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	@Test
	void theSheetsAreCoverNotesContentsThenOneSheetPerSectionAndPerRegionalTable() throws IOException {
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(false))) {
			assertThat(sheetNames(workbook)).containsExactly("封面", "编辑说明", "目录", "妇女与健康", "妇女与经济／社会保障",
					SampleCompendium.LONG_REGIONAL_TITLE.substring(0, 31));
		}
	}

	@Test
	void aSectionSheetPrintsIndicatorsWithBreakdownsIndentedUnderTheirTotal() throws IOException {
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(false))) {
			XSSFSheet health = workbook.getSheet("妇女与健康");

			assertThat(shown(health, "A1")).isEqualTo("一、妇女与健康");
			assertThat(shown(health, "A2")).isEqualTo("明川市　2020—2024年");
			assertThat(texts(health.getRow(2)))
				.containsExactly("指标", "单位", "2020", "2021", "2022", "2023", "2024", "资料来源", "备注");
			assertThat(shown(health, "A4") + "|" + shown(health, "B4") + "|" + shown(health, "C4") + "|"
					+ shown(health, "E4") + "|" + shown(health, "H4") + "|" + shown(health, "I4"))
				.isEqualTo("孕产妇死亡率|1/10万|12.50|…|市卫生健康委|按常住人口计算");
			assertThat(shown(health, "A5") + "|" + shown(health, "C5")).isEqualTo("城镇|10.10");
			assertThat(shown(health, "A6") + "|" + shown(health, "C6") + "|" + shown(health, "D6")).isEqualTo("农村|—|13.90");
			assertThat(shown(health, "A7") + "|" + shown(health, "C7") + "|" + shown(health, "G7")).isEqualTo("妇女常见病筛查率|85|93");
			assertThat(health.getLastRowNum()).isEqualTo(6);

			assertThat(health.getRow(3).getCell(0).getCellStyle().getIndention()).isZero();
			assertThat(health.getRow(4).getCell(0).getCellStyle().getIndention()).isEqualTo((short) 1);
			assertThat(health.getRow(3).getCell(2).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
			assertThat(health.getRow(3).getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);

			XSSFSheet economy = workbook.getSheet("妇女与经济／社会保障");
			assertThat(shown(economy, "A1")).isEqualTo("二、妇女与经济/社会保障");
			// one group only at the top level: the group is named with the indicator
			assertThat(shown(economy, "A6")).isEqualTo("女性参加城镇职工基本养老保险人数（女）");
			assertThat(shown(economy, "C4") + "|" + shown(economy, "E4")).isEqualTo("30.12|31.00");
			assertThat(shown(economy, "E6") + "|" + shown(economy, "C6")).isEqualTo("20|…");
		}
	}

	@Test
	void everyRowAndValueOfTheModelIsInItsCell() throws IOException {
		Compendium compendium = SampleCompendium.build(false);
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(compendium)) {
			for (CompendiumSection section : compendium.sections()) {
				XSSFSheet sheet = workbook.getSheetAt(3 + compendium.sections().indexOf(section));
				for (int i = 0; i < section.rows().size(); i++) {
					CompendiumRow row = section.rows().get(i);
					XSSFRow printed = sheet.getRow(TableSheet.FIRST_LINE_ROW + i);
					assertThat(printed.getCell(1).getStringCellValue()).isEqualTo(row.unit());
					for (int y = 0; y < compendium.years().size(); y++) {
						int year = compendium.years().get(y);
						assertCell(printed.getCell(2 + y), row.valuesByYear().get(year),
								row.yearsNotApplicable().contains(year));
					}
					int trailing = 2 + compendium.years().size();
					assertThat(printed.getCell(trailing).getStringCellValue()).isEqualTo(row.source());
					assertThat(printed.getCell(trailing + 1).getStringCellValue()).isEqualTo(row.note());
				}
			}
		}
	}

	private static void assertCell(XSSFCell cell, BigDecimal value, boolean notApplicable) {
		if (value != null) {
			assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cell.getNumericCellValue()).isEqualTo(value.doubleValue());
		}
		else {
			assertThat(cell.getStringCellValue()).isEqualTo(notApplicable ? "—" : "…");
		}
	}

	@Test
	void aRegionalSheetHasOneColumnPerRegionForItsYear() throws IOException {
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(false))) {
			XSSFSheet regional = workbook.getSheetAt(5);

			assertThat(shown(regional, "A1")).isEqualTo(SampleCompendium.LONG_REGIONAL_TITLE);
			assertThat(shown(regional, "A2")).isEqualTo("明川市　2024年");
			assertThat(texts(regional.getRow(2)))
				.containsExactly("指标", "单位", "全市", "东城区", "西城区", "北山县", "备注");
			assertThat(String.join("|", shown(regional, "A4"), shown(regional, "C4"), shown(regional, "D4"),
					shown(regional, "E4"), shown(regional, "F4")))
				.isEqualTo("孕产妇死亡率|9.90|8.10|10.40|12.33");
			assertThat(String.join("|", shown(regional, "A5"), shown(regional, "C5"), shown(regional, "D5"),
					shown(regional, "E5"), shown(regional, "F5"), shown(regional, "G5")))
				.isEqualTo("农村|11.90|—|…|12.80|东城区无农村人口");
			assertThat(String.join("|", shown(regional, "A6"), shown(regional, "C6"), shown(regional, "E6")))
				.isEqualTo("妇女常见病筛查率|93|…");
		}
	}

	@Test
	void tableSheetsPrintOnA4OnePageWideLandscapeWhenWideWithTitleRowsOnEveryPage() throws IOException {
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(false))) {
			for (int index = 3; index < workbook.getNumberOfSheets(); index++) {
				XSSFSheet sheet = workbook.getSheetAt(index);
				PrintSetup setup = sheet.getPrintSetup();

				assertThat(setup.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				// the five-year sections are wide; the four-region table fits a portrait page
				assertThat(setup.getLandscape()).as(sheet.getSheetName()).isEqualTo(index < 5);
				assertThat(sheet.getFitToPage()).isTrue();
				assertThat(setup.getFitWidth()).isEqualTo((short) 1);
				assertThat(setup.getFitHeight()).isZero();
				assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:3");
				assertThat(sheet.isPrintGridlines()).isFalse();
				assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
				assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
				assertThat(sheet.getRow(3).getCell(0).getCellStyle().getBorderBottom())
					.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
				assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(20 * 256);
			}
			XSSFSheet cover = workbook.getSheet("封面");
			assertThat(cover.getPrintSetup().getLandscape()).isFalse();
			assertThat(cover.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
		}
	}

	@Test
	void theContentsLinkToEverySheetAfterTheCover() throws IOException {
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(false))) {
			XSSFSheet contents = workbook.getSheet("目录");
			List<String> targets = new ArrayList<>();
			for (XSSFHyperlink link : contents.getHyperlinkList()) {
				String address = link.getAddress();
				assertThat(address).endsWith("!A1");
				String sheetName = address.substring(1, address.length() - "'!A1".length()).replace("''", "'");
				assertThat(workbook.getSheet(sheetName)).as(address).isNotNull();
				targets.add(sheetName);
			}
			assertThat(targets).containsExactlyElementsOf(sheetNames(workbook).subList(1, 6).stream()
				.filter(name -> !name.equals("目录"))
				.toList());
			assertThat(shown(contents, "A4")).isEqualTo("一、妇女与健康");
			assertThat(shown(contents, "A6")).isEqualTo("分地区资料");
		}
	}

	@Test
	void aDemoCompendiumSaysSoOnTheCoverInTheNotesAndOnEveryPrintedPage() throws IOException {
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(true))) {
			assertThat(allText(workbook.getSheet("封面"))).contains("演示数据", "不得引用", "明川市妇女儿童统计资料（2020—2024年）",
					"2020—2024年", "明川市统计局", "2025年3月20日");
			assertThat(shown(workbook.getSheet("编辑说明"), "A3")).startsWith("1．演示数据");
			workbook.forEach(sheet -> assertThat(((XSSFSheet) sheet).getHeader().getLeft()).as(sheet.getSheetName())
				.isEqualTo("演示数据，不得引用"));
		}
		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(SampleCompendium.build(false))) {
			assertThat(allText(workbook.getSheet("封面"))).doesNotContain("演示数据");
			assertThat(allText(workbook.getSheet("编辑说明"))).doesNotContain("演示数据")
				.contains("本资料数据截至2025年3月15日。", "“…”表示该项数据暂缺", "“—”表示该项不适用");
			workbook.forEach(sheet -> assertThat(((XSSFSheet) sheet).getHeader().getLeft()).isEmpty());
		}
	}

	private static String allText(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> text.append(SHOWN.formatCellValue(cell)).append('\n')));
		return text.toString();
	}

}
