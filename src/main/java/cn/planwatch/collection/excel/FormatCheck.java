package cn.planwatch.collection.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises by content (never by file name) what an upload is, so that anything but an .xlsx
 * gets a sentence saying what it is and what to do: an old .xls, a password-protected workbook,
 * a PDF, a CSV or web page saved with an .xlsx name, an image.
 */
final class FormatCheck {

	private static final int SNIFF = 8192;

	private static final String SAVE_AS = "请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（*.xlsx）再上传";

	private static final String USE_TEMPLATE = "请上传在本系统下载的 .xlsx 模板中填好的文件。";

	private static final String XLS = "是旧版 Excel 97-2003 工作簿（.xls），系统只接受 .xlsx。" + SAVE_AS
			+ "；最好直接在下载的 .xlsx 模板中填报。";

	private FormatCheck() {
	}

	/** Empty when the content is a zip archive (an .xlsx is one); otherwise why it cannot be read. */
	static Optional<String> problem(String name, byte[] content) {
		FileMagic magic = FileMagic.valueOf(Arrays.copyOf(content, 64));
		String file = "文件“" + name + "”";
		return switch (magic) {
			case OOXML -> Optional.empty();
			case OLE2 -> Optional.of(file + oldOfficeFile(content));
			case BIFF2, BIFF3, BIFF4 -> Optional.of(file + XLS);
			case PDF -> Optional.of(file + "是 PDF 文件，不是 Excel 工作簿。" + USE_TEMPLATE + "不要上传打印件或扫描件。");
			case HTML -> Optional.of(file + "实际是网页（HTML）格式的表格，不是真正的 .xlsx。" + SAVE_AS + "。");
			case XML -> Optional.of(file + "是 XML 格式的表格（如 Excel 2003 XML），不是 .xlsx。" + SAVE_AS + "。");
			case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> Optional.of(file + "是图片，不是 Excel 工作簿。" + USE_TEMPLATE);
			default -> Optional.of(file + (looksLikeText(content)
					? "是文本文件（如 CSV），不是 Excel 工作簿，无法识别是哪个任务的数据。请在本系统下载的 .xlsx 模板中填报后上传。"
					: "不是 Excel（.xlsx）文件，无法读取。" + USE_TEMPLATE));
		};
	}

	/** An OLE2 container is an .xls, a .doc, or an .xlsx encrypted with an opening password. */
	private static String oldOfficeFile(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				return "设置了打开密码（已加密），系统无法读取。请在 Excel 或 WPS 中取消打开密码"
						+ "（文件—信息—保护工作簿—用密码进行加密，清空密码）后保存，再上传。";
			}
			if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
				return XLS;
			}
			if (root.hasEntry("WordDocument")) {
				return "是 Word 文档，不是 Excel 工作簿。" + USE_TEMPLATE;
			}
			return "是旧版 Office 文件，不是 .xlsx。" + USE_TEMPLATE;
		}
		catch (IOException | RuntimeException e) {
			return "已损坏，无法打开。请重新保存后上传；若仍不行，请重新下载模板填报。";
		}
	}

	/** No control characters in the first 8 KB: a CSV, a .txt, a JSON… */
	private static boolean looksLikeText(byte[] content) {
		int end = Math.min(content.length, SNIFF);
		for (int i = 0; i < end; i++) {
			int b = content[i] & 0xFF;
			if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x7F) {
				return false;
			}
		}
		return !new String(content, 0, end, StandardCharsets.ISO_8859_1).isBlank();
	}

}
