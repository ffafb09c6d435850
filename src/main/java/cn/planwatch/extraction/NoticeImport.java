package cn.planwatch.extraction;

import java.time.OffsetDateTime;
import java.util.List;

/** An uploaded plan notice as kept for the reviewer: the file, its text and the warnings extraction gave. */
public record NoticeImport(long id, String regionCode, String fileName, int fileSize, String sourceText,
		List<String> warnings, String uploadedBy, OffsetDateTime uploadedAt) {

	public NoticeImport {
		warnings = List.copyOf(warnings);
	}

}
