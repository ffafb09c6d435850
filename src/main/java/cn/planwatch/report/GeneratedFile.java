package cn.planwatch.report;

/** A generated document: file name (Chinese, with extension), content type and bytes. */
public record GeneratedFile(String fileName, String contentType, byte[] content) {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String PDF = "application/pdf";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public PublishedFile asPublished() {
		return new PublishedFile(fileName, contentType, content);
	}

}
