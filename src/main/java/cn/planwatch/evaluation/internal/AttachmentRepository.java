package cn.planwatch.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.evaluation.Attachment;

/** SQL for {@code evaluation_attachment}; lists never read the files' content. */
@Repository
public class AttachmentRepository {

	private static final String COLUMNS = "id, entry_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at";

	private static final RowMapper<Attachment> ROW = (rs, n) -> new Attachment(rs.getLong("id"), rs.getLong("entry_id"),
			rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("uploaded_by"),
			rs.getObject("uploaded_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	public AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long entryId, String fileName, String contentType, byte[] content, String user) {
		return jdbc.sql("""
				insert into evaluation_attachment (entry_id, file_name, content_type, size_bytes, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(entryId, fileName, contentType, content.length, content, user)
			.query(Long.class)
			.single();
	}

	public Optional<Attachment> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from evaluation_attachment where id = ?").param(id).query(ROW).optional();
	}

	public byte[] content(long id) {
		return jdbc.sql("select content from evaluation_attachment where id = ?").param(id).query(byte[].class).single();
	}

	public void delete(long id) {
		jdbc.sql("delete from evaluation_attachment where id = ?").param(id).update();
	}

	/** The attachments of the entries, by entry, oldest first. */
	public Map<Long, List<Attachment>> ofEntries(List<Long> entryIds) {
		Map<Long, List<Attachment>> byEntry = new LinkedHashMap<>();
		if (entryIds.isEmpty()) {
			return byEntry;
		}
		jdbc.sql("select " + COLUMNS + " from evaluation_attachment where entry_id in (:ids) order by uploaded_at, id")
			.param("ids", entryIds)
			.query(ROW)
			.list()
			.forEach(a -> byEntry.computeIfAbsent(a.entryId(), k -> new java.util.ArrayList<>()).add(a));
		return byEntry;
	}

}
