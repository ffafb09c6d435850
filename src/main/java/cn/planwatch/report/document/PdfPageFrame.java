package cn.planwatch.report.document;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries besides its content: "第 N 页 共 M 页" centred in the bottom margin and,
 * for demo data, the 演示数据 marker in the top margin. The page count is known only at the end,
 * so each page gets an empty template in its footer that is filled in when the document closes.
 */
final class PdfPageFrame extends PdfPageEventHelper {

	private static final float LABEL_WIDTH = 200;

	private final PdfStyles styles;

	private final boolean demo;

	private final List<PdfTemplate> pageLabels = new ArrayList<>();

	PdfPageFrame(PdfStyles styles, boolean demo) {
		this.styles = styles;
		this.demo = demo;
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte canvas = writer.getDirectContent();
		float size = styles.marginSize();
		float centre = (document.left() + document.right()) / 2;
		PdfTemplate label = canvas.createTemplate(LABEL_WIDTH, size * 1.5f);
		pageLabels.add(label);
		canvas.addTemplate(label, centre - LABEL_WIDTH / 2, PageLayout.points(PageLayout.FOOTER_MM));
		if (demo) {
			float top = document.getPageSize().getHeight() - PageLayout.points(PageLayout.HEADER_MM) - size;
			Font marker = new Font(styles.marginFace(), size, Font.NORMAL, Palette.awt(Palette.DEMO));
			ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(DocumentTexts.DEMO_MARKER, marker),
					centre, top, 0);
		}
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		int pages = pageLabels.size();
		for (int i = 0; i < pages; i++) {
			PdfTemplate label = pageLabels.get(i);
			label.beginText();
			label.setFontAndSize(styles.marginFace(), styles.marginSize());
			label.showTextAligned(Element.ALIGN_CENTER, DocumentTexts.pageLabel(i + 1, pages), LABEL_WIDTH / 2,
					styles.marginSize() * 0.3f, 0);
			label.endText();
		}
	}

}
