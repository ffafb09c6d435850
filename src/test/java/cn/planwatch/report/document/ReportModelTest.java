package cn.planwatch.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

class ReportModelTest {

	@Test
	void aRowAsWideAsTheHeaderIsRequired() {
		assertThatThrownBy(() -> new Block.Table("", List.of("领域", "达标率"), List.of(List.of(Cell.of("妇女与健康"))),
				List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("row has 1 cells, header has 2");
		assertThatThrownBy(() -> new Block.Table("", List.of("领域", "达标率"), List.of(), List.of(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new Block.Table("", List.of("领域", "达标率"), List.of(), List.of()).columnWeights())
			.containsExactly(1, 1);
	}

	@Test
	void aSeriesFromParallelListsKeepsItsGaps() {
		TrendChart.Series series = TrendChart.Series.of("女性", List.of(2022, 2020, 2021),
				Arrays.asList(3.0, 1.0, null));
		assertThat(series.values().keySet()).containsExactly(2020, 2021, 2022);
		assertThat(series.values().get(2021)).isNull();
		assertThat(TrendChart.Series.of("男性", Map.of(2021, 2.0)).values()).containsEntry(2021, 2.0);
	}

	@Test
	void aForecastIntervalMustHoldItsValue() {
		assertThatThrownBy(() -> new TrendChart.ForecastPoint(2030, 9, 10, 12))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BarChart.of("", "%", List.of("妇女与健康", "妇女与教育"), BarChart.Bars.of("达标率", 80.0)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void barLabelsShowAsManyDecimalsAsTheData() {
		assertThat(BarChartBuilder.valueFormat(SampleReports.sexBarChart()).format(97.0)).isEqualTo("97.0");
		BarChart counts = BarChart.of("", "人", List.of("东林县", "西河县"), BarChart.Bars.of("人数", 120.0, 98.0));
		assertThat(BarChartBuilder.valueFormat(counts).format(120.0)).isEqualTo("120");
	}

	@Test
	void theValueAxisLeavesRoomAndStaysAboveZeroForPositiveValues() {
		ValueRange range = ValueRange.around(DoubleStream.of(9, 13.5, 12), false);
		assertThat(range.lower()).isLessThan(9).isGreaterThan(0);
		assertThat(range.upper()).isGreaterThan(13.5);
		assertThat(ValueRange.around(DoubleStream.of(37.5, 83.3), true).lower()).isZero();
	}

}
