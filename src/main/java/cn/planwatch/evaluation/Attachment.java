package cn.planwatch.evaluation;

import java.time.OffsetDateTime;

/** A file attached to a self-assessment entry as evidence (佐证材料); the content is read separately. */
public record Attachment(long id, long entryId, String fileName, String contentType, int size, String uploadedBy,
		OffsetDateTime uploadedAt) {

	/** The size as people read it: "350 KB", "4.2 MB". */
	public String sizeLabel() {
		if (size < 1024 * 1024) {
			return Math.max(1, Math.round(size / 1024.0)) + " KB";
		}
		return String.format("%.1f MB", size / (1024.0 * 1024.0));
	}

}
