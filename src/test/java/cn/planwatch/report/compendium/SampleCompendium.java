package cn.planwatch.report.compendium;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small compendium with two sections, breakdowns, missing years and three sub-regions. */
final class SampleCompendium {

	static final List<Integer> YEARS = List.of(2020, 2021, 2022, 2023, 2024);

	static final String ECONOMY = "妇女与经济/社会保障";

	/** 40 characters: longer than Excel's 31. */
	static final String LONG_REGIONAL_TITLE = "2024年明川市所辖各区县妇女儿童发展规划主要监测指标分地区统计数据汇总表（终）";

	static final List<String> REGIONS = List.of("全市", "东城区", "西城区", "北山县");

	private SampleCompendium() {
	}

	static Compendium build(boolean demo) {
		CompendiumSection health = new CompendiumSection("妇女与健康", List.of(
				new CompendiumRow("W-1-01", "孕产妇死亡率", "1/10万", "合计", 0,
						values(2020, "12.5", 2021, "11.8", 2023, "10.26", 2024, "9.9"), "市卫生健康委", "按常住人口计算"),
				new CompendiumRow("W-1-01", "孕产妇死亡率", "1/10万", "城镇", 1,
						values(2020, "10.1", 2021, "9.7", 2022, "9.2", 2023, "8.8", 2024, "8.5"), "市卫生健康委", ""),
				new CompendiumRow("W-1-01", "孕产妇死亡率", "1/10万", "农村", 1,
						values(2021, "13.9", 2022, "13.1", 2023, "12.7", 2024, "11.9"), Set.of(2020), "市卫生健康委",
						"2021年起分城乡统计"),
				new CompendiumRow("W-1-02", "妇女常见病筛查率", "%", "合计", 0,
						values(2020, "85", 2021, "88", 2022, "90", 2023, "91", 2024, "93"), "市卫生健康委", null)));
		CompendiumSection economy = new CompendiumSection(ECONOMY, List.of(
				new CompendiumRow("W-2-01", "城镇单位就业人员", "万人", "合计", 0,
						values(2020, "30.12", 2021, "30.5", 2022, "31", 2023, "31.4", 2024, "31.8"), "市统计局", null),
				new CompendiumRow("W-2-01", "城镇单位就业人员", "万人", "女", 1,
						values(2020, "13.2", 2021, "13.4", 2024, "14.1"), "市统计局", null),
				new CompendiumRow("W-2-02", "女性参加城镇职工基本养老保险人数", "万人", "女", 0,
						values(2022, "20.0", 2023, "21.0"), "市人力资源社会保障局", null)));
		RegionalTable regional = new RegionalTable(LONG_REGIONAL_TITLE, 2024, REGIONS, List.of(
				new RegionalRow("W-1-01", "孕产妇死亡率", "1/10万", "合计", 0,
						regionValues("全市", "9.9", "东城区", "8.1", "西城区", "10.4", "北山县", "12.33"), null),
				new RegionalRow("W-1-01", "孕产妇死亡率", "1/10万", "农村", 1,
						regionValues("全市", "11.9", "北山县", "12.8"), Set.of("东城区"), "东城区无农村人口"),
				new RegionalRow("W-1-02", "妇女常见病筛查率", "%", "合计", 0,
						regionValues("全市", "93", "东城区", "95", "北山县", "90"), null)));
		return new Compendium("明川市妇女儿童统计资料（2020—2024年）", "明川市", YEARS, demo, "明川市统计局",
				LocalDate.of(2025, 3, 20), List.of(health, economy), List.of(regional),
				List.of("本资料数据截至2025年3月15日。"));
	}

	static XSSFWorkbook writeAndOpen(Compendium compendium) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CompendiumWorkbook.write(compendium, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	static Map<Integer, BigDecimal> values(Object... yearsAndValues) {
		Map<Integer, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < yearsAndValues.length; i += 2) {
			values.put((Integer) yearsAndValues[i], new BigDecimal((String) yearsAndValues[i + 1]));
		}
		return values;
	}

	static Map<String, BigDecimal> regionValues(String... regionsAndValues) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < regionsAndValues.length; i += 2) {
			values.put(regionsAndValues[i], new BigDecimal(regionsAndValues[i + 1]));
		}
		return values;
	}

}
