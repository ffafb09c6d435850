package cn.planwatch.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

	static byte[] pdf;

	@BeforeAll
	static void writeTheSampleReport() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfWriter().write(SampleReports.annualReport(), out);
		pdf = out.toByteArray();
		ReportSamples.save("annual-report.pdf", pdf);
	}

	@Test
	void theChineseTextComesBackWhole() {
		try (PdfInspection inspection = new PdfInspection(pdf)) {
			String text = inspection.text();
			String joined = text.replaceAll("\\s+", "");
			assertThat(joined).contains(SampleReports.TITLE)
				.contains("编制单位：明川市妇女儿童工作委员会办公室")
				.contains("总体进展良好。2024年，全市纳入监测的妇女发展指标共61项，其中已达到2030年目标的38项，")
				.contains("表2妇女发展规划监测指标明细")
				.contains(SampleReports.LATE_CELL)
				.contains("图1孕产妇死亡率变化趋势及预测");
			assertThat(text).doesNotContain("\uFFFD").doesNotContain("\u25A1").doesNotContain("\u25AF");
			assertThat(inspection.notdefGlyphs()).as("characters drawn as empty boxes").isZero();
		}
	}

	@Test
	void everyPageIsA4WithItsNumberAndTheDemoMarker() {
		try (PdfInspection inspection = new PdfInspection(pdf)) {
			int pages = inspection.pages();
			assertThat(pages).isGreaterThan(3);
			for (int page = 1; page <= pages; page++) {
				PDRectangle size = inspection.page(page).getMediaBox();
				assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
				assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
				assertThat(inspection.text(page)).contains("第 " + page + " 页 共 " + pages + " 页")
					.contains(DocumentTexts.DEMO_MARKER);
			}
		}
	}

	@Test
	void theLongTableRunsOverPagesWithItsHeaderOnEach() {
		try (PdfInspection inspection = new PdfInspection(pdf)) {
			int first = IntStream.rangeClosed(1, inspection.pages())
				.filter(page -> inspection.text(page).contains("第1项监测指标"))
				.findFirst()
				.orElseThrow();
			int last = IntStream.rangeClosed(1, inspection.pages())
				.filter(page -> inspection.text(page).contains("第" + SampleReports.LONG_TABLE_ROWS + "项监测指标"))
				.findFirst()
				.orElseThrow();
			assertThat(last).isGreaterThan(first);
			for (int page = first; page <= last; page++) {
				String text = inspection.text(page);
				for (String title : SampleReports.LONG_TABLE_HEADER) {
					assertThat(text).as("header on page " + page).contains(title);
				}
			}
			// no row is lost or printed twice where the table breaks
			String all = inspection.text();
			for (int row = 1; row <= SampleReports.LONG_TABLE_ROWS; row++) {
				String name = row == 87 ? SampleReports.LATE_CELL : "第" + row + "项监测指标";
				assertThat(all.split(Pattern.quote(name), -1)).as(name).hasSize(2);
			}
		}
	}

	@Test
	void theFontsAreEmbedded() {
		try (PdfInspection inspection = new PdfInspection(pdf)) {
			List<PDFont> fonts = inspection.fonts();
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}
	}

	@Test
	void popplerDrawsEveryPageWithText() throws IOException, InterruptedException {
		Assumptions.assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
		Path pdfFile = ReportSamples.DIRECTORY.resolve("annual-report.pdf");
		Path prefix = ReportSamples.DIRECTORY.resolve("pdf-page");
		try (var stale = Files.list(ReportSamples.DIRECTORY)) {
			for (Path old : stale.filter(path -> path.getFileName().toString().startsWith("pdf-page")).toList()) {
				Files.delete(old);
			}
		}
		Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", "60", "-png", pdfFile.toString(), prefix.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(pdftoppm.getInputStream().readAllBytes());
		assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(pdftoppm.exitValue()).as(output).isZero();

		List<Path> pages;
		try (var listing = Files.list(ReportSamples.DIRECTORY)) {
			pages = listing.filter(path -> path.getFileName().toString().matches("pdf-page-\\d+\\.png")).sorted().toList();
		}
		try (PdfInspection inspection = new PdfInspection(pdf)) {
			assertThat(pages).hasSize(inspection.pages());
		}
		for (Path page : pages) {
			BufferedImage image = ReportSamples.image(page);
			// A4 at 60 dpi is 496 × 702; the text block starts 37 mm (87 px) down and 28 mm (66 px) in
			assertThat(image.getWidth()).isBetween(494, 498);
			assertThat(ReportSamples.darkPixels(image, 66, 87, 368, 530)).as(page.toString()).isGreaterThan(1500);
			// the page number in the bottom margin
			assertThat(ReportSamples.darkPixels(image, 150, 620, 200, 82)).as(page + " footer").isGreaterThan(40);
		}
	}

	@Test
	void aNoticeOfRealDataIsSetInSixteenPointWithoutTheDemoMarker() {
		ReportDocument notice = new ReportDocument("关于2024年度妇女儿童发展规划监测指标预警情况的通报", "",
				List.of("明川市妇女儿童工作委员会办公室", "2025年3月20日"), false, Typesetting.NOTICE,
				List.of(new Block.Heading(1, "一、预警指标"),
						new Block.Paragraph("市卫生健康委：", "经监测，孕产妇死亡率连续两年未达年度目标，请于30日内报送整改措施。")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfWriter().write(notice, out);
		ReportSamples.save("warning-notice.pdf", out.toByteArray());
		try (PdfInspection inspection = new PdfInspection(out.toByteArray())) {
			assertThat(inspection.text()).doesNotContain("演示数据").contains("第 1 页 共 1 页");
			assertThat(inspection.fontSizeOf("经监测")).isEqualTo(16f);
			assertThat(inspection.fontSizeOf("关于2024")).isEqualTo(22f);
		}
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Arrays.stream(path.split(File.pathSeparator))
			.anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
	}

}
