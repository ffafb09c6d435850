package cn.planwatch.report.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays the title block and the blocks of one report onto an open PDF document. A heading is never
 * left alone at the foot of a page: when what follows it would not start on the same page, the
 * heading moves to the next page with it.
 */
final class PdfBody {

	private final Document document;

	private final PdfWriter writer;

	private final PdfStyles styles;

	private final Typesetting sizes;

	private final PdfTables tables;

	private final PdfBookmarks bookmarks;

	private final ChartRenderer charts;

	PdfBody(Document document, PdfWriter writer, PdfStyles styles, PdfBookmarks bookmarks, ChartRenderer charts) {
		this.document = document;
		this.writer = writer;
		this.styles = styles;
		this.sizes = styles.sizes();
		this.tables = new PdfTables(styles);
		this.bookmarks = bookmarks;
		this.charts = charts;
	}

	void titleBlock(ReportDocument report) {
		Paragraph title = centred(report.title(), styles.title(), sizes.title() * 1.4f);
		title.setSpacingAfter(sizes.body() * 0.6f);
		document.add(title);
		if (!report.subtitle().isEmpty()) {
			document.add(centred(report.subtitle(), styles.subtitle(), sizes.subtitle() * 1.5f));
		}
		for (String line : report.metaLines()) {
			document.add(centred(line, styles.meta(), sizes.body() * 1.5f));
		}
		document.add(new Paragraph(sizes.body(), " ", styles.body()));
	}

	void blocks(List<Block> blocks) {
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Block.Heading heading) {
				Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
				heading(heading, next);
			}
			else if (block instanceof Block.Paragraph text) {
				paragraph(text);
			}
			else if (block instanceof Block.Table table) {
				table(table);
			}
			else if (block instanceof Block.Chart chart) {
				document.add(chartWithCaption(chart));
			}
			else if (block instanceof Block.PageBreak) {
				document.newPage();
			}
		}
	}

	private void heading(Block.Heading heading, Block next) {
		float size = sizes.heading(heading.level());
		float before = sizes.body() * (heading.level() == 1 ? 0.8f : 0.4f);
		float height = before + size * sizes.lineSpacing() + sizes.body() * 0.3f;
		if (writer.getVerticalPosition(false) - document.bottom() < height + startOf(next)) {
			document.newPage();
		}
		Paragraph paragraph = new Paragraph(size * sizes.lineSpacing(),
				bookmarks.tag(ChineseLineBreaks.chunk(heading.text(), styles.heading(heading.level())),
						heading.level()));
		paragraph.setFirstLineIndent(2 * sizes.body());
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(sizes.body() * 0.3f);
		document.add(paragraph);
	}

	/** The height the block after a heading needs on the same page to start there. */
	private float startOf(Block next) {
		if (next instanceof Block.Chart) {
			return PageLayout.points(PageLayout.CHART_HEIGHT_MM) + sizes.table() * 3;
		}
		if (next instanceof Block.Table) {
			return sizes.table() * 1.6f * 4;
		}
		if (next instanceof Block.Heading || next instanceof Block.Paragraph) {
			return sizes.body() * sizes.lineSpacing() * 3;
		}
		return 0;
	}

	private void paragraph(Block.Paragraph text) {
		// the paragraph's own font serves what OpenPDF adds itself (line ends): it must be embedded too
		Paragraph paragraph = new Paragraph(sizes.body() * sizes.lineSpacing(), "", styles.body());
		if (!text.lead().isEmpty()) {
			paragraph.add(ChineseLineBreaks.chunk(text.lead(), styles.lead()));
		}
		paragraph.add(ChineseLineBreaks.chunk(text.text(), styles.body()));
		paragraph.setFirstLineIndent(2 * sizes.body());
		paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
		paragraph.setSpacingAfter(sizes.body() * 0.2f);
		document.add(paragraph);
	}

	private void table(Block.Table table) {
		if (!table.caption().isEmpty()) {
			float needed = sizes.table() * 1.6f * 4;
			if (writer.getVerticalPosition(false) - document.bottom() < needed) {
				document.newPage();
			}
			Paragraph caption = centred(table.caption(), styles.caption(), sizes.table() * 1.6f);
			caption.setSpacingBefore(sizes.body() * 0.4f);
			document.add(caption);
		}
		document.add(tables.table(table));
	}

	/** The image and its caption in a borderless frame kept on one page. */
	private PdfPTable chartWithCaption(Block.Chart chart) {
		Image image;
		try {
			image = Image.getInstance(charts.printPng(chart.spec()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		image.scaleToFit(PageLayout.points(PageLayout.CHART_WIDTH_MM), PageLayout.points(PageLayout.CHART_HEIGHT_MM));
		PdfPTable frame = new PdfPTable(1);
		frame.setWidthPercentage(100);
		frame.setKeepTogether(true);
		frame.setSpacingBefore(sizes.body() * 0.5f);
		frame.setSpacingAfter(sizes.body() * 0.8f);
		PdfPCell picture = new PdfPCell(image, false);
		picture.setBorder(PdfPCell.NO_BORDER);
		picture.setHorizontalAlignment(Element.ALIGN_CENTER);
		frame.addCell(picture);
		if (!chart.caption().isEmpty()) {
			PdfPCell caption = new PdfPCell(new Paragraph(ChineseLineBreaks.chunk(chart.caption(), styles.caption())));
			caption.setBorder(PdfPCell.NO_BORDER);
			caption.setHorizontalAlignment(Element.ALIGN_CENTER);
			caption.setPaddingTop(4);
			frame.addCell(caption);
		}
		return frame;
	}

	private static Paragraph centred(String text, Font font, float leading) {
		Paragraph paragraph = new Paragraph(leading, ChineseLineBreaks.chunk(text, font));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		return paragraph;
	}

}
