package cn.planwatch.collection.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip upload once, counting, before POI sees it: refuses archives that unpack to far
 * more than a reporting workbook can be (zip bombs, sheets padded with a million rows), archives
 * that are cut off or corrupt, and zips that are not Excel workbooks (.docx, plain .zip).
 * <p>
 * The limits are enforced here rather than by changing POI's {@code ZipSecureFile} settings:
 * those are JVM-wide statics that other readers in the application (plan notices) share.
 * POI's own default guard (inflation ratio) still applies when the workbook is opened.
 */
final class ZipInspection {

	/** Absolute ceiling of the unpacked size of all entries. */
	static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

	/** The unpacked size may be at most this many times the packed size (plus {@link #GRACE_BYTES}). */
	static final long MAX_RATIO = 100;

	static final long GRACE_BYTES = 2L * 1024 * 1024;

	static final int MAX_ENTRIES = 1000;

	static final String CORRUPT = "已损坏或不完整（可能下载、复制时中断），无法打开。请在 Excel 或 WPS 中重新保存后上传；若仍打不开，请重新下载模板填报。";

	private ZipInspection() {
	}

	/** Empty when the archive is a complete spreadsheet package of sensible size; otherwise why not. */
	static Optional<String> problem(String name, byte[] content) {
		String file = "文件“" + name + "”";
		long limit = Math.min(MAX_UNPACKED_BYTES, content.length * MAX_RATIO + GRACE_BYTES);
		Set<String> names = new HashSet<>();
		long unpacked = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				names.add(entry.getName());
				if (names.size() > MAX_ENTRIES) {
					return Optional.of(file + "包含的部件过多（超过 " + MAX_ENTRIES + " 个），不像填报模板，已拒绝读取。");
				}
				int read;
				while ((read = zip.read(buffer)) > 0) {
					unpacked += read;
					if (unpacked > limit) {
						return Optional.of(file + "解压后超过 " + limit / (1024 * 1024)
								+ " MB（压缩比异常），不像填报模板，已拒绝读取。若表中有大量多余的行或格式，请删除后重新保存再上传。");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.of(file + CORRUPT);
		}
		if (names.isEmpty()) {
			return Optional.of(file + CORRUPT);
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(file + "是 Word 文档（.docx），不是 Excel 工作簿。请上传在本系统下载的 .xlsx 模板中填好的文件。");
		}
		if (names.contains("ppt/presentation.xml")) {
			return Optional.of(file + "是 PowerPoint 演示文稿，不是 Excel 工作簿。请上传在本系统下载的 .xlsx 模板中填好的文件。");
		}
		if (names.contains("mimetype") && names.contains("content.xml")) {
			return Optional.of(file + "是 OpenDocument 格式（如 .ods），不是 .xlsx。请用 WPS、LibreOffice 或 Excel 打开后"
					+ "“另存为”Excel 工作簿（*.xlsx）再上传。");
		}
		if (!names.contains("[Content_Types].xml")) {
			return Optional.of(file + "是普通压缩包（zip），不是 Excel 工作簿。请解压后上传其中填好的 .xlsx 模板。");
		}
		return Optional.empty();
	}

}
