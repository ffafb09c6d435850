package cn.planwatch.report.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a {@link ReportDocument} as an editable Word file with Apache POI: A4 with GB/T 9704
 * margins, real styles (headings in Word's navigation pane and table of contents), "第 N 页 共 M 页"
 * fields in the footer, table header rows repeated on each page, charts as embedded pictures.
 */
public final class DocxWriter {

	private final ChartRenderer charts;

	/** Uses the fonts of this machine for the charts ({@link CjkFonts#locate()}). */
	public DocxWriter() {
		this(CjkFonts.locate());
	}

	public DocxWriter(CjkFonts fonts) {
		this.charts = new ChartRenderer(fonts);
	}

	/** Writes the document; the stream is left open. */
	public void write(ReportDocument report, OutputStream out) {
		try (XWPFDocument document = new XWPFDocument()) {
			DocxStyles.create(document, report.typesetting());
			document.getProperties().getCoreProperties().setTitle(report.title());
			document.getProperties().getCoreProperties().setCreator("PlanWatch");
			titleBlock(document, report);
			int pictures = 0;
			for (Block block : report.blocks()) {
				if (block instanceof Block.Heading heading) {
					paragraph(document, DocxStyles.heading(heading.level()), heading.text());
				}
				else if (block instanceof Block.Paragraph text) {
					XWPFParagraph paragraph = document.createParagraph();
					paragraph.setStyle(DocxStyles.NORMAL);
					if (!text.lead().isEmpty()) {
						XWPFRun lead = paragraph.createRun();
						lead.setText(text.lead());
						lead.setBold(true);
					}
					paragraph.createRun().setText(text.text());
				}
				else if (block instanceof Block.Table table) {
					if (!table.caption().isEmpty()) {
						paragraph(document, DocxStyles.CAPTION, table.caption()).setKeepNext(true);
					}
					DocxTables.add(document, table);
					paragraph(document, DocxStyles.TABLE_TEXT, "");
				}
				else if (block instanceof Block.Chart chart) {
					picture(document, chart, ++pictures);
					if (!chart.caption().isEmpty()) {
						paragraph(document, DocxStyles.CAPTION, chart.caption());
					}
				}
				else if (block instanceof Block.PageBreak) {
					document.createParagraph().createRun().addBreak(BreakType.PAGE);
				}
			}
			DocxPage.setUp(document, report.demo());
			document.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void titleBlock(XWPFDocument document, ReportDocument report) {
		paragraph(document, DocxStyles.TITLE, report.title());
		if (!report.subtitle().isEmpty()) {
			paragraph(document, DocxStyles.SUBTITLE, report.subtitle());
		}
		for (String line : report.metaLines()) {
			paragraph(document, DocxStyles.META, line);
		}
		paragraph(document, DocxStyles.META, "");
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(style);
		if (!text.isEmpty()) {
			paragraph.createRun().setText(text);
		}
		return paragraph;
	}

	private void picture(XWPFDocument document, Block.Chart chart, int number) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle(DocxStyles.FIGURE);
		paragraph.setKeepNext(true);
		byte[] png = charts.printPng(chart.spec());
		try {
			paragraph.createRun()
				.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "chart" + number + ".png",
						PageLayout.emus(PageLayout.CHART_WIDTH_MM), PageLayout.emus(PageLayout.CHART_HEIGHT_MM));
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
