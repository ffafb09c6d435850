package cn.planwatch.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a plan notice: .txt (UTF-8, UTF-16 with a byte-order mark, or GBK/GB18030,
 * detected), .docx, or .pdf with a text layer. Plain Java (POI and PDFBox, no Spring). Anything it
 * cannot read — an empty or binary file, a truncated .docx, a scanned PDF without text — gets a
 * {@link DocumentException} whose Chinese message names the file and says what to do.
 */
public final class DocumentReader {

	/** Larger uploads are refused before parsing; real notices are a few hundred kilobytes to a few megabytes. */
	public static final int MAX_BYTES = 50 * 1024 * 1024;

	/** Below this many characters per page a PDF is taken to be a scan without a text layer. */
	private static final int MIN_CHARACTERS_PER_PAGE = 20;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private DocumentReader() {
	}

	public static String read(Path file) {
		byte[] content;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw tooLarge(file.getFileName().toString());
			}
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new DocumentException("无法读取文件 " + file + "：" + ex.getMessage(), ex);
		}
		return read(file.getFileName().toString(), content);
	}

	/** Reads the text of a document given as bytes; {@code fileName} names it in messages. */
	public static String read(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new DocumentException("文件“" + fileName + "”是空的（0 字节），请重新选择规划文件。");
		}
		if (content.length > MAX_BYTES) {
			throw tooLarge(fileName);
		}
		String extension = extension(fileName);
		if (extension.equals("doc") || extension.equals("wps")) {
			throw new DocumentException("暂不支持旧版 Word 格式（." + extension + "）：请在 Word 或 WPS 中将“" + fileName
					+ "”另存为 .docx 后上传。");
		}
		if (startsWith(content, "%PDF-")) {
			return pdf(fileName, content);
		}
		if (startsWith(content, "PK\u0003\u0004")) {
			return docx(fileName, content);
		}
		return switch (extension) {
			case "pdf" -> throw new DocumentException("文件“" + fileName + "”不是有效的 PDF 文件（缺少 PDF 文件头），可能已损坏或只是改了扩展名。");
			case "docx" -> throw new DocumentException("文件“" + fileName + "”不是有效的 Word（.docx）文件，可能已损坏、不完整或只是改了扩展名。");
			case "txt", "text", "" -> text(fileName, content);
			default -> throw new DocumentException(
					"不支持的文件类型“." + extension + "”（" + fileName + "）：请上传 .txt、.docx 或带文字层的 .pdf 文件。");
		};
	}

	private static String text(String fileName, byte[] content) {
		if (startsWith(content, "\u00EF\u00BB\u00BF")) {
			return decode(fileName, content, 3, StandardCharsets.UTF_8);
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			return decode(fileName, content, 2, StandardCharsets.UTF_16LE);
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			return decode(fileName, content, 2, StandardCharsets.UTF_16BE);
		}
		if (looksBinary(content)) {
			throw new DocumentException("文件“" + fileName + "”不是文本文件（含有二进制内容）：请上传 .txt、.docx 或带文字层的 .pdf 文件。");
		}
		String text = strictDecode(content, 0, StandardCharsets.UTF_8);
		if (text == null) {
			text = strictDecode(content, 0, GB18030);
		}
		if (text == null) {
			throw new DocumentException("无法识别文件“" + fileName + "”的文字编码：请以 UTF-8 或 GBK 编码保存后重新上传。");
		}
		return text;
	}

	private static String decode(String fileName, byte[] content, int offset, Charset charset) {
		String text = strictDecode(content, offset, charset);
		if (text == null) {
			throw new DocumentException("文件“" + fileName + "”的文字编码与其标记（" + charset.name() + "）不符，可能已损坏。");
		}
		return text;
	}

	private static String strictDecode(byte[] content, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** NUL bytes or many control characters: not something a person saved as text. */
	private static boolean looksBinary(byte[] content) {
		int sample = Math.min(content.length, 8192);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = content[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > sample / 20;
	}

	private static String docx(String fileName, byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							text.append(cell.getText()).append('\t');
						}
						text.append('\n');
					}
				}
			}
			if (text.toString().isBlank()) {
				throw new DocumentException("Word 文件“" + fileName + "”中没有文字。");
			}
			return text.toString();
		}
		catch (DocumentException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("文件“" + fileName + "”不是有效的 Word（.docx）文件，可能已损坏或不完整（" + describe(ex) + "）。", ex);
		}
	}

	private static String pdf(String fileName, byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			int pages = document.getNumberOfPages();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			long characters = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
			if (pages == 0 || characters < (long) MIN_CHARACTERS_PER_PAGE * pages) {
				throw new DocumentException("PDF 文件“" + fileName + "”没有可读取的文字层（共 " + pages
						+ " 页，疑为扫描件）：请上传原始的 Word 文件或带文字的 PDF，或先做文字识别（OCR）。");
			}
			return text;
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentException("PDF 文件“" + fileName + "”设有密码，无法读取：请上传未加密的文件。", ex);
		}
		catch (DocumentException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("文件“" + fileName + "”不是有效的 PDF 文件，可能已损坏或不完整（" + describe(ex) + "）。", ex);
		}
	}

	private static DocumentException tooLarge(String fileName) {
		return new DocumentException("文件“" + fileName + "”超过 " + MAX_BYTES / 1024 / 1024 + " MB，不像是规划文件；请检查后重新上传。");
	}

	private static boolean startsWith(byte[] content, String prefix) {
		byte[] bytes = prefix.getBytes(StandardCharsets.ISO_8859_1);
		if (content.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (content[i] != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
	}

}
