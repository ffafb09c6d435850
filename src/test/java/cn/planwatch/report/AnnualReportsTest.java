package cn.planwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.RenderedPdf;

/** The demo county's annual report, written and opened again: sections, every target, figures equal to the assessment's. */
@PlanWatchTest
class AnnualReportsTest {

	private static final String DONGLIN = "990121";

	@Autowired
	AnnualReports reports;

	@Autowired
	Assessments assessments;

	int year;

	PlanAssessment plan;

	@BeforeEach
	void latestAssessment() {
		year = assessments.latestYear(DONGLIN).orElseThrow();
		plan = assessments.ofRegion(DONGLIN, year).plans().stream().filter(p -> p.plan().kind() == PlanKind.WOMEN)
			.findFirst().orElseThrow();
	}

	@Test
	void theWordReportHasItsSectionsEveryTargetAndTheAssessmentsFigures() throws Exception {
		GeneratedFile file = reports.docx(DONGLIN, PlanKind.WOMEN, year);

		assertThat(file.fileName()).endsWith(".docx").contains("东林县" + year + "年");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("一、总体情况", "二、分领域监测情况", "三、预警情况", "四、目标达标情况一览表", "五、附注");
			for (var area : plan.areas()) {
				assertThat(text).contains(area.name());
			}
			String rate = ReportTexts.percent(plan.rate().rate());
			assertThat(text).contains("综合达标率为" + rate);
			assertThat(text).contains("已实现" + plan.rate().achieved() + "项");
			XWPFTable overview = document.getTables().get(document.getTables().size() - 1);
			List<XWPFTableRow> rows = overview.getRows();
			assertThat(rows).hasSize(plan.targets().size() + 1);
			for (int i = 0; i < plan.targets().size(); i++) {
				TargetAssessment target = plan.targets().get(i);
				assertThat(rows.get(i + 1).getCell(2).getText()).isEqualTo(target.target().indicatorName());
				assertThat(rows.get(i + 1).getCell(5).getText()).isEqualTo(target.result().status().label());
				assertThat(rows.get(i + 1).getCell(4).getText())
					.isEqualTo(target.result().value() == null ? "…" : ReportTexts.number(target.result().value()));
			}
			assertThat(document.getAllPictures()).isNotEmpty();
			assertThat(text + document.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining()))
				.contains("演示数据");
		}
	}

	@Test
	void thePdfReportCarriesTheChineseTextAndRenders() throws Exception {
		GeneratedFile file = reports.pdf(DONGLIN, PlanKind.CHILDREN, year);

		assertThat(file.content()).startsWith("%PDF".getBytes());
		try (PDDocument pdf = Loader.loadPDF(file.content())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("东林县" + year + "年儿童发展规划统计监测报告", "总体情况", "综合达标率");
			assertThat(text).doesNotContain("\uFFFD");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
		}
		Path sample = Path.of("target", "report-samples", "annual-children.pdf");
		Files.createDirectories(sample.getParent());
		Files.write(sample, file.content());
		RenderedPdf.firstPage(sample).assertNotBlank();
	}

}
