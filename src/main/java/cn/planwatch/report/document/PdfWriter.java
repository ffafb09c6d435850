package cn.planwatch.report.document;

import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;

/**
 * Writes a {@link ReportDocument} as a print-ready PDF with OpenPDF: A4 with GB/T 9704 margins, the
 * CJK fonts embedded, "第 N 页 共 M 页" in the footer, table headers repeated on every page, charts
 * as images with their captions, headings as bookmarks.
 */
public final class PdfWriter {

	private final CjkFonts fonts;

	private final ChartRenderer charts;

	/** Uses the fonts of this machine ({@link CjkFonts#locate()}). */
	public PdfWriter() {
		this(CjkFonts.locate());
	}

	public PdfWriter(CjkFonts fonts) {
		this.fonts = fonts;
		this.charts = new ChartRenderer(fonts);
	}

	/** Writes the document; the stream is left open. */
	public void write(ReportDocument report, OutputStream out) {
		PdfStyles styles = new PdfStyles(fonts, report.typesetting());
		Document document = new Document(PageSize.A4, PageLayout.points(PageLayout.LEFT_MM),
				PageLayout.points(PageLayout.RIGHT_MM), PageLayout.points(PageLayout.TOP_MM),
				PageLayout.points(PageLayout.BOTTOM_MM));
		PdfBookmarks bookmarks = new PdfBookmarks();
		try {
			com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			writer.setPageEvent(new PdfPageFrame(styles, report.demo()));
			writer.setPageEvent(bookmarks);
			writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.PageModeUseOutlines);
			document.addTitle(report.title());
			document.addCreator("PlanWatch");
			document.open();
			PdfBody body = new PdfBody(document, writer, styles, bookmarks, charts);
			body.titleBlock(report);
			body.blocks(report.blocks());
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("PDF could not be written: " + ex.getMessage(), ex);
		}
	}

}
