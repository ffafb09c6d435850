package cn.planwatch.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A report with every kind of block, as the annual monitoring report will have them. */
final class SampleReports {

	static final String TITLE = "明川市妇女发展规划（2021—2030年）2024年度统计监测报告";

	static final int LONG_TABLE_ROWS = 120;

	static final List<String> LONG_TABLE_HEADER = List.of("序号", "指标名称", "2030年目标", "2024年", "进展评价");

	/** A cell of the long table's row 87, well past its first page. */
	static final String LATE_CELL = "第87项监测指标（乡镇卫生院）";

	private SampleReports() {
	}

	static ReportDocument annualReport() {
		return new ReportDocument(TITLE, "（演示数据）", List.of("编制单位：明川市妇女儿童工作委员会办公室", "2025年3月"), true,
				List.of(new Block.Heading(1, "一、总体情况"),
						new Block.Paragraph("总体进展良好。",
								"2024年，全市纳入监测的妇女发展指标共61项，其中已达到2030年目标的38项，"
										+ "进展顺利的15项，进展滞后需重点关注的8项。孕产妇死亡率、女性平均预期寿命等核心指标保持在较好水平，"
										+ "妇女参与决策和管理、妇女与社会保障领域的部分指标仍有差距，需要各成员单位进一步加大工作力度。"),
						Block.Paragraph.of("本报告所用数据均为演示用合成数据，仅用于展示报告格式。"),
						new Block.Heading(2, "（一）主要指标达标情况"), areaTable(), trendChartBlock(), areaChart(),
						new Block.Heading(3, "1. 分性别指标"), sexChart(), new Block.PageBreak(),
						new Block.Heading(1, "二、指标监测明细"), longTable()));
	}

	static Block.Table areaTable() {
		return new Block.Table("表1  各领域指标达标情况", List.of("领域", "指标数", "已达标", "进展滞后", "综合达标率（%）"),
				List.of(List.of(Cell.of("妇女与健康"), Cell.of("12"), Cell.of("9"), Cell.of("1"), Cell.good("83.3")),
						List.of(Cell.of("妇女与教育"), Cell.of("9"), Cell.of("6"), Cell.of("2"), Cell.warn("66.7")),
						List.of(Cell.of("妇女与经济"), Cell.of("8"), Cell.of("3"), Cell.of("4"), Cell.bad("37.5"))),
				List.of(3, 2, 2, 2, 3));
	}

	static Block.Table longTable() {
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 1; i <= LONG_TABLE_ROWS; i++) {
			String name = i == 87 ? LATE_CELL : "第" + i + "项监测指标";
			Cell progress = switch (i % 4) {
				case 0 -> Cell.bad("进展滞后");
				case 1 -> Cell.warn("需关注");
				default -> Cell.good("已达标");
			};
			rows.add(List.of(Cell.of(String.valueOf(i)), Cell.of(name), Cell.of("≥" + (80 + i % 15)),
					Cell.of(String.format("%.1f", 70 + (i * 7) % 29 + 0.5)), progress));
		}
		return new Block.Table("表2  妇女发展规划监测指标明细", LONG_TABLE_HEADER, rows, List.of(1, 5, 2, 2, 2));
	}

	static TrendChart trendChart() {
		return TrendChart
			.of("孕产妇死亡率", "1/10万",
					TrendChart.Series.of("孕产妇死亡率",
							Map.of(2019, 16.8, 2020, 15.9, 2021, 15.1, 2022, 14.6, 2023, 13.8, 2024, 13.2)))
			.withTarget(new TargetLine(12, "2030年目标 ≤12"))
			.withForecast(TrendChart.Forecast.of("预测（95%区间）", List.of(2025, 2026, 2027, 2028, 2029, 2030),
					List.of(12.8, 12.4, 12.0, 11.7, 11.4, 11.1), List.of(12.1, 11.4, 10.7, 10.1, 9.5, 9.0),
					List.of(13.5, 13.4, 13.3, 13.3, 13.3, 13.2)))
			.withBaseline(new TrendChart.Baseline(2020, "基期 2020年"));
	}

	static Block.Chart trendChartBlock() {
		return new Block.Chart(trendChart(), "图1  孕产妇死亡率变化趋势及预测");
	}

	static BarChart areaBarChart() {
		return BarChart
			.of("", "综合达标率（%）", List.of("妇女与健康", "妇女与教育", "妇女与经济", "妇女参与决策和管理", "妇女与社会保障"),
					BarChart.Bars.of("综合达标率", 83.3, 66.7, 37.5, 50.0, 71.4))
			.withTarget(new TargetLine(60, "目标 60%"));
	}

	static BarChart sexBarChart() {
		return BarChart.of("城乡居民基本医疗保险参保率", "%", List.of("2021年", "2022年", "2023年", "2024年"),
				BarChart.Bars.of("女性", 95.1, 95.8, 96.4, 97.0), BarChart.Bars.of("男性", 95.6, 96.0, 96.3, 96.8));
	}

	private static Block.Chart areaChart() {
		return new Block.Chart(areaBarChart(), "图2  各领域综合达标率");
	}

	private static Block.Chart sexChart() {
		return new Block.Chart(sexBarChart(), "图3  分性别基本医疗保险参保率");
	}

}
