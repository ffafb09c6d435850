package cn.planwatch.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

class ChartRendererTest {

	static final ChartRenderer RENDERER = new ChartRenderer();

	@Test
	void drawsTheTrendWithItsTargetAndForecastInTheirColours() {
		byte[] png = RENDERER.png(SampleReports.trendChart(), 800, 450);
		ReportSamples.save("chart-trend.png", png);

		BufferedImage image = ReportSamples.image(png);
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(450);
		assertThat(ReportSamples.pixelsNear(image, Palette.series(0))).as("observed line").isGreaterThan(300);
		assertThat(ReportSamples.pixelsNear(image, Palette.TARGET)).as("target line").isGreaterThan(200);
		// the interval band: the series colour at 18 % over white
		assertThat(ReportSamples.pixelsNear(image, new java.awt.Color(0xD6DEE6))).as("forecast band")
			.isGreaterThan(2000);
	}

	@Test
	void drawsBarsOfEverySeries() {
		byte[] single = RENDERER.png(SampleReports.areaBarChart(), 640, 360);
		byte[] grouped = RENDERER.png(SampleReports.sexBarChart(), 640, 360, 2);
		ReportSamples.save("chart-bars-by-area.png", single);
		ReportSamples.save("chart-bars-by-sex.png", grouped);

		BufferedImage singleImage = ReportSamples.image(single);
		assertThat(singleImage.getWidth()).isEqualTo(640);
		assertThat(ReportSamples.pixelsNear(singleImage, Palette.series(0))).isGreaterThan(5000);
		assertThat(ReportSamples.pixelsNear(singleImage, Palette.TARGET)).as("target line").isGreaterThan(200);

		BufferedImage groupedImage = ReportSamples.image(grouped);
		assertThat(groupedImage.getWidth()).isEqualTo(1280);
		assertThat(groupedImage.getHeight()).isEqualTo(720);
		assertThat(ReportSamples.pixelsNear(groupedImage, Palette.series(0))).as("女性").isGreaterThan(5000);
		assertThat(ReportSamples.pixelsNear(groupedImage, Palette.series(1))).as("男性").isGreaterThan(5000);
	}

}
