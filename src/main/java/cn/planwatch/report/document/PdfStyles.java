package cn.planwatch.report.document;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The PDF's faces and sizes, the counterpart of the Word styles: the sans face (黑体-like) for the
 * title, headings, table headers and captions, the serif face (宋体-like) for the rest, both
 * embedded as subsets with Identity-H encoding so every character is drawn from the embedded font.
 */
final class PdfStyles {

	private final BaseFont sans;

	private final BaseFont serif;

	private final Typesetting sizes;

	PdfStyles(CjkFonts fonts, Typesetting sizes) {
		this.sans = embedded(fonts.sans());
		this.serif = fonts.serif().equals(fonts.sans()) ? sans : embedded(fonts.serif());
		this.sizes = sizes;
	}

	private static BaseFont embedded(FontFile file) {
		try {
			return BaseFont.createFont(file.pdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read font " + file, ex);
		}
	}

	Typesetting sizes() {
		return sizes;
	}

	Font title() {
		return new Font(sans, sizes.title(), Font.NORMAL, Color.BLACK);
	}

	Font subtitle() {
		return new Font(serif, sizes.subtitle(), Font.NORMAL, Color.BLACK);
	}

	Font meta() {
		return new Font(serif, sizes.body(), Font.NORMAL, Color.BLACK);
	}

	/** Level 1 in the sans face; levels 2 and 3 in bold serif, as 一、 （一） 1. are set in official documents. */
	Font heading(int level) {
		return level == 1 ? new Font(sans, sizes.heading(1), Font.NORMAL, Color.BLACK)
				: new Font(serif, sizes.heading(level), Font.BOLD, Color.BLACK);
	}

	Font body() {
		return new Font(serif, sizes.body(), Font.NORMAL, Color.BLACK);
	}

	Font lead() {
		return new Font(serif, sizes.body(), Font.BOLD, Color.BLACK);
	}

	Font tableHeader() {
		return new Font(sans, sizes.table(), Font.NORMAL, Color.BLACK);
	}

	Font tableCell(Tone tone) {
		return new Font(serif, sizes.table(), tone == Tone.BAD ? Font.BOLD : Font.NORMAL,
				Palette.awt(Palette.text(tone)));
	}

	Font caption() {
		return new Font(sans, sizes.table(), Font.NORMAL, Color.BLACK);
	}

	BaseFont marginFace() {
		return sans;
	}

	float marginSize() {
		return sizes.small();
	}

}
