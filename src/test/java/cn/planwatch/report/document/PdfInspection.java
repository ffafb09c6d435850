package cn.planwatch.report.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a written PDF back with PDFBox: text per page, fonts, glyphs drawn as .notdef. */
final class PdfInspection implements AutoCloseable {

	private final PDDocument pdf;

	PdfInspection(byte[] bytes) {
		try {
			this.pdf = Loader.loadPDF(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int pages() {
		return pdf.getNumberOfPages();
	}

	PDPage page(int number) {
		return pdf.getPage(number - 1);
	}

	/** The text of one page (from 1), footer and header included. */
	String text(int page) {
		return strip(page, page, new PDFTextStripper());
	}

	String text() {
		return strip(1, pages(), new PDFTextStripper());
	}

	/** How many characters were drawn with glyph 0 (.notdef, an empty box) in the whole document. */
	int notdefGlyphs() {
		int[] count = { 0 };
		strip(1, pages(), new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				for (int code : text.getCharacterCodes()) {
					if (code == 0) {
						count[0]++;
					}
				}
				super.processTextPosition(text);
			}
		});
		return count[0];
	}

	/** The font size, in points, at which the first character of {@code needle} is drawn. */
	float fontSizeOf(String needle) {
		List<TextPosition> positions = new ArrayList<>();
		strip(1, pages(), new PDFTextStripper() {
			@Override
			protected void processTextPosition(TextPosition text) {
				positions.add(text);
				super.processTextPosition(text);
			}
		});
		StringBuilder drawn = new StringBuilder();
		positions.forEach(position -> drawn.append(position.getUnicode().charAt(0)));
		int at = drawn.indexOf(needle);
		if (at < 0) {
			throw new AssertionError("not drawn: " + needle);
		}
		return positions.get(at).getFontSizeInPt();
	}

	/** Every font used on any page, in its resources or those of its forms (the footer's template). */
	List<PDFont> fonts() {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			collectFonts(page.getResources(), fonts);
		}
		return fonts;
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts) {
		if (resources == null) {
			return;
		}
		try {
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			for (COSName name : resources.getXObjectNames()) {
				PDXObject object = resources.getXObject(name);
				if (object instanceof PDFormXObject form) {
					collectFonts(form.getResources(), fonts);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String strip(int from, int to, PDFTextStripper stripper) {
		try {
			stripper.setStartPage(from);
			stripper.setEndPage(to);
			return stripper.getText(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			pdf.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
