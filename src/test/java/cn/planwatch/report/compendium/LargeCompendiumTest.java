package cn.planwatch.report.compendium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A full plan's worth: 170 indicators × 8 breakdowns × 10 years, written and read back. */
class LargeCompendiumTest {

	private static final List<String> AREAS = List.of("妇女与健康", "妇女与教育", "妇女与经济", "妇女参与决策和管理", "妇女与社会保障",
			"妇女与家庭建设", "妇女与环境", "妇女与法律");

	private static final List<String> BREAKDOWNS = List.of("合计", "女", "男", "城镇", "农村", "0—5岁", "6—14岁", "15—17岁");

	private static final List<Integer> YEARS = IntStream.rangeClosed(2021, 2030).boxed().toList();

	private static final int INDICATORS = 170;

	@Test
	void aCompendiumOfOneHundredSeventyIndicatorsInEightBreakdownsOverTenYearsWritesAndReopens() throws IOException {
		List<List<CompendiumRow>> rows = new ArrayList<>();
		AREAS.forEach(area -> rows.add(new ArrayList<>()));
		for (int indicator = 0; indicator < INDICATORS; indicator++) {
			for (int b = 0; b < BREAKDOWNS.size(); b++) {
				rows.get(indicator % AREAS.size())
					.add(new CompendiumRow("X-" + indicator, "监测指标" + indicator, "%", BREAKDOWNS.get(b), b == 0 ? 0 : 1,
							values(indicator, b), "市统计局", null));
			}
		}
		List<CompendiumSection> sections = IntStream.range(0, AREAS.size())
			.mapToObj(i -> new CompendiumSection(AREAS.get(i), rows.get(i)))
			.toList();
		Compendium compendium = new Compendium("明川市妇女儿童统计资料（2021—2030年）", "明川市", YEARS, true, "明川市统计局",
				LocalDate.of(2031, 3, 1), sections, List.of());

		try (XSSFWorkbook workbook = SampleCompendium.writeAndOpen(compendium)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3 + AREAS.size());
			int printedRows = 0;
			for (int i = 0; i < AREAS.size(); i++) {
				XSSFSheet sheet = workbook.getSheet(AREAS.get(i));
				printedRows += sheet.getLastRowNum() + 1 - TableSheet.FIRST_LINE_ROW;
			}
			assertThat(printedRows).isEqualTo(INDICATORS * BREAKDOWNS.size());

			// indicator 169 is the 22nd of area 169 % 8 = 1; its last breakdown is the sheet's last row
			XSSFSheet last = workbook.getSheet(AREAS.get(1));
			var row = last.getRow(last.getLastRowNum());
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("15—17岁");
			assertThat(row.getCell(2 + 9).getNumericCellValue()).isEqualTo(values(169, 7).get(2030).doubleValue());
			assertThat(row.getCell(2 + 3).getStringCellValue()).isEqualTo("…");
		}
	}

	/** Every year but 2024, a value that depends on the indicator, breakdown and year. */
	private static Map<Integer, BigDecimal> values(int indicator, int breakdown) {
		Map<Integer, BigDecimal> values = new LinkedHashMap<>();
		for (int year : YEARS) {
			if (year != 2024) {
				values.put(year, BigDecimal.valueOf(indicator * 100 + breakdown * 10 + (year - 2020), 1));
			}
		}
		return values;
	}

}
