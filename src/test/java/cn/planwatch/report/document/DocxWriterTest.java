package cn.planwatch.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class DocxWriterTest {

	static byte[] docx;

	@BeforeAll
	static void writeTheSampleReport() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxWriter().write(SampleReports.annualReport(), out);
		docx = out.toByteArray();
		ReportSamples.save("annual-report.docx", docx);
	}

	static XWPFDocument reopened() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	@Test
	void headingsUseWordsHeadingStylesWithOutlineLevels() throws IOException {
		try (XWPFDocument document = reopened()) {
			List<String> level1 = document.getParagraphs()
				.stream()
				.filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(level1).containsExactly("一、总体情况", "二、指标监测明细");
			assertThat(document.getParagraphs()).anyMatch(
					paragraph -> "Heading3".equals(paragraph.getStyle()) && paragraph.getText().equals("1. 分性别指标"));
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			assertThat(document.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isEqualTo(BigInteger.ONE);
			assertThat(document.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
				.isEqualTo("Noto Serif CJK SC");
		}
	}

	@Test
	void theTitleAndParagraphsAreThere() throws IOException {
		try (XWPFDocument document = reopened()) {
			XWPFParagraph title = document.getParagraphs().get(0);
			assertThat(title.getStyle()).isEqualTo("Title");
			assertThat(title.getText()).isEqualTo(SampleReports.TITLE);
			XWPFParagraph first = document.getParagraphs()
				.stream()
				.filter(paragraph -> paragraph.getText().startsWith("总体进展良好。"))
				.findFirst()
				.orElseThrow();
			assertThat(first.getRuns().get(0).isBold()).as("the lead phrase").isTrue();
			assertThat(first.getRuns().get(1).isBold()).isFalse();
			assertThat(first.getText()).contains("进展滞后需重点关注的8项");
		}
	}

	@Test
	void tablesKeepTheirRowsTonesAndRepeatTheirHeader() throws IOException {
		try (XWPFDocument document = reopened()) {
			assertThat(document.getTables()).hasSize(2);
			XWPFTable areas = document.getTables().get(0);
			XWPFTableCell bad = areas.getRow(3).getCell(4);
			assertThat(bad.getText()).isEqualTo("37.5");
			assertThat(bad.getColor()).isEqualTo("FBE2E2");
			assertThat(bad.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();

			XWPFTable details = document.getTables().get(1);
			assertThat(details.getRows()).hasSize(SampleReports.LONG_TABLE_ROWS + 1);
			assertThat(details.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactlyElementsOf(SampleReports.LONG_TABLE_HEADER);
			assertThat(details.getRow(0).isRepeatHeader()).isTrue();
			assertThat(details.getRow(1).isRepeatHeader()).isFalse();
			assertThat(details.getRow(87).getCell(1).getText()).isEqualTo(SampleReports.LATE_CELL);
			assertThat(details.getRow(87).isCantSplitRow()).isTrue();
			// the caption stays with its table
			IBodyElement before = document.getBodyElements()
				.get(document.getBodyElements().indexOf(details) - 1);
			assertThat(((XWPFParagraph) before).getText()).isEqualTo("表2  妇女发展规划监测指标明细");
			assertThat(((XWPFParagraph) before).getCTPPr().isSetKeepNext()).isTrue();
		}
	}

	@Test
	void thePageIsA4WithOfficialMarginsAndNumberedFooter() throws IOException {
		try (XWPFDocument document = reopened()) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
			assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));

			assertThat(document.getFooterList()).hasSize(1);
			XWPFFooter footer = document.getFooterList().get(0);
			String xml = footer._getHdrFtr().xmlText();
			assertThat(xml).contains(" PAGE ").contains(" NUMPAGES ").contains("fldChar");
			assertThat(footer.getText()).contains("第 ").contains(" 页 共 ");
		}
	}

	@Test
	void chartsAreEmbeddedAndTheDemoMarkerIsInTheHeader() throws IOException {
		try (XWPFDocument document = reopened()) {
			assertThat(document.getAllPictures()).hasSize(3);
			assertThat(document.getAllPictures()).allSatisfy(picture -> {
				assertThat(picture.getData()).startsWith(0x89, 'P', 'N', 'G');
				assertThat(ReportSamples.image(picture.getData()).getWidth())
					.isEqualTo(PageLayout.CHART_WIDTH_PX * PageLayout.CHART_SCALE);
			});
			assertThat(document.getHeaderList()).hasSize(1);
			assertThat(document.getHeaderList().get(0).getText()).contains(DocumentTexts.DEMO_MARKER);
		}
	}

	@Test
	void aDocumentOfRealDataHasNoDemoMarker() throws IOException {
		ReportDocument real = new ReportDocument("2024年度预警通报", "", List.of(), false, Typesetting.NOTICE,
				List.of(Block.Paragraph.of("正文")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxWriter().write(real, out);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(document.getHeaderList()).isEmpty();
			assertThat(document.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal())
				.isEqualTo(BigInteger.valueOf(32));
		}
	}

}
