package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The cockpit's sparklines: values by year placed in the box, the target always within the range. */
class CockpitSparklineTest {

	@Test
	void valuesSpanTheBoxFromTheFirstToTheLastYearHighestOnTop() {
		Sparkline line = Sparkline.of(new TreeMap<>(Map.of(2020, 10.0, 2022, 30.0, 2024, 20.0)), null);

		assertThat(line.points()).isEqualTo("3.0,37.0 120.0,3.0 237.0,20.0");
		assertThat(line.lastX()).isEqualTo(237.0);
		assertThat(line.targetY()).isNull();
	}

	@Test
	void aTargetOutsideTheValuesWidensTheRangeSoItStaysVisible() {
		Sparkline line = Sparkline.of(new TreeMap<>(Map.of(2020, 60.0, 2024, 50.0)), 70.0);

		assertThat(line.targetY()).isEqualTo(3.0);
		assertThat(line.points()).isEqualTo("3.0,20.0 237.0,37.0");
	}

	@Test
	void oneValueIsAPointInTheMiddleAndNoValueNoLine() {
		assertThat(Sparkline.of(new TreeMap<>(Map.of(2024, 5.0)), null).points()).isEqualTo("120.0,20.0");
		assertThat(Sparkline.of(new TreeMap<>(), 5.0)).isNull();
	}

}
