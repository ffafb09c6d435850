package cn.planwatch.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/** Builds real .docx and .pdf files in memory for the reader's tests. */
final class TestDocuments {

	static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

	private TestDocuments() {
	}

	static byte[] docx(List<String> paragraphs, List<List<String>> table) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			if (!table.isEmpty()) {
				XWPFTable t = document.createTable(table.size(), table.get(0).size());
				for (int r = 0; r < table.size(); r++) {
					for (int c = 0; c < table.get(r).size(); c++) {
						t.getRow(r).getCell(c).setText(table.get(r).get(c));
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] pdfWithText(List<String> paragraphs) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document();
			PdfWriter.getInstance(document, out);
			document.open();
			Font font = new Font(BaseFont.createFont(cjkFont() + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 12);
			for (String text : paragraphs) {
				document.add(new Paragraph(text, font));
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF whose pages are only pictures, as a scanner makes them. */
	static byte[] scannedPdf(int pages) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document();
			PdfWriter.getInstance(document, out);
			document.open();
			for (int i = 0; i < pages; i++) {
				BufferedImage scan = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = scan.createGraphics();
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, 400, 560);
				g.setColor(Color.BLACK);
				for (int line = 40; line < 520; line += 24) {
					g.fillRect(40, line, 320, 6);
				}
				g.dispose();
				document.add(Image.getInstance(scan, null));
				document.newPage();
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String cjkFont() {
		return CJK_FONTS.stream()
			.filter(path -> Files.exists(Path.of(path)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No CJK font: apt-get install fonts-wqy-zenhei fonts-noto-cjk (.ci/run installs them)"));
	}

}
