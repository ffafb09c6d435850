package cn.planwatch.extraction.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.extraction.NoticeImport;

/** SQL for the {@code extraction_import} table. */
@Repository
public class ImportRepository {

	private static final RowMapper<NoticeImport> ROW = (rs, n) -> new NoticeImport(rs.getLong("id"),
			rs.getString("region_code"), rs.getString("file_name"), rs.getInt("file_size"), rs.getString("source_text"),
			List.of((String[]) rs.getArray("warnings").getArray()), rs.getString("uploaded_by"),
			rs.getObject("uploaded_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	public ImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String regionCode, String fileName, int fileSize, String sourceText, List<String> warnings,
			String uploadedBy) {
		return jdbc.sql("""
				insert into extraction_import (region_code, file_name, file_size, source_text, warnings, uploaded_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(regionCode, fileName, fileSize, sourceText, warnings.toArray(String[]::new), uploadedBy)
			.query(Long.class)
			.single();
	}

	public Optional<NoticeImport> find(long id) {
		return jdbc.sql("select * from extraction_import where id = ?").param(id).query(ROW).optional();
	}

	public List<NoticeImport> ofRegions(List<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from extraction_import where region_code in (:codes) order by uploaded_at desc, id desc")
			.param("codes", regionCodes)
			.query(ROW)
			.list();
	}

}
