package cn.planwatch.report;

import java.io.ByteArrayOutputStream;

import org.springframework.stereotype.Component;

import cn.planwatch.report.document.CjkFonts;
import cn.planwatch.report.document.DocxWriter;
import cn.planwatch.report.document.MissingCjkFontException;
import cn.planwatch.report.document.PdfWriter;
import cn.planwatch.report.document.ReportDocument;
import cn.planwatch.shared.CannotProduceException;

/**
 * Writes report documents as .docx and .pdf files with file names made from their titles. The CJK font
 * is looked up at the first document, so the application starts without one and a report asked for
 * on a machine without a font fails with the message that says how to install one.
 */
@Component
class DocumentFiles {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DocumentFiles.class);

	private volatile CjkFonts fonts;

	/** Says at start-up, not at the first report, when reports cannot be written on this machine. */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void checkFonts() {
		try {
			fonts();
		}
		catch (CannotProduceException ex) {
			log.warn("No CJK font found: Word/PDF reports and charts cannot be written until one is installed "
					+ "(sudo apt-get install fonts-noto-cjk fonts-wqy-zenhei) or {} names a font file", CjkFonts.SETTING);
		}
	}

	private CjkFonts fonts() {
		if (fonts == null) {
			try {
				fonts = CjkFonts.locate();
			}
			catch (MissingCjkFontException ex) {
				throw new CannotProduceException(ex.getMessage(), ex);
			}
		}
		return fonts;
	}

	GeneratedFile docx(ReportDocument document, String title) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxWriter(fonts()).write(document, out);
		return new GeneratedFile(fileName(title) + ".docx", GeneratedFile.DOCX, out.toByteArray());
	}

	GeneratedFile pdf(ReportDocument document, String title) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfWriter(fonts()).write(document, out);
		return new GeneratedFile(fileName(title) + ".pdf", GeneratedFile.PDF, out.toByteArray());
	}

	/** A title as a file name: characters that Windows refuses become "_". */
	static String fileName(String title) {
		return title.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
	}

}
