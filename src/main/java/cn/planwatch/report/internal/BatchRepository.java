package cn.planwatch.report.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.report.ReportBatch;
import cn.planwatch.report.PublishedFile;

/** Table {@code report_batch}. */
@Repository
public class BatchRepository {

	private static final String COLUMNS = """
			id, region_code, year, requested_by, status, done, total, current_item, file_name,
			coalesce(octet_length(content), 0) as size, error, created_at, finished_at""";

	private static final RowMapper<ReportBatch> ROW = (rs, n) -> new ReportBatch(rs.getLong("id"),
			rs.getString("region_code"), rs.getInt("year"), rs.getString("requested_by"),
			ReportBatch.Status.valueOf(rs.getString("status")), rs.getInt("done"), rs.getInt("total"),
			rs.getString("current_item"), rs.getString("file_name"), rs.getInt("size"), rs.getString("error"),
			rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	public BatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String regionCode, int year, int total, String user) {
		return jdbc.sql("insert into report_batch (region_code, year, total, requested_by) values (?, ?, ?, ?) returning id")
			.params(regionCode, year, total, user)
			.query(Long.class)
			.single();
	}

	public Optional<ReportBatch> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from report_batch where id = ?").param(id).query(ROW).optional();
	}

	public List<ReportBatch> ofRegion(String regionCode) {
		return jdbc.sql("select " + COLUMNS + " from report_batch where region_code = ? order by created_at desc, id desc limit 10")
			.param(regionCode)
			.query(ROW)
			.list();
	}

	public void progress(long id, int done, String currentItem) {
		jdbc.sql("update report_batch set status = 'RUNNING', done = ?, current_item = ? where id = ?")
			.params(done, currentItem, id)
			.update();
	}

	public void finish(long id, String fileName, byte[] content) {
		jdbc.sql("""
				update report_batch set status = 'DONE', done = total, current_item = null, file_name = ?, content = ?,
				    finished_at = now() where id = ?""")
			.params(fileName, content, id)
			.update();
	}

	public void fail(long id, String error) {
		jdbc.sql("update report_batch set status = 'FAILED', error = ?, finished_at = now() where id = ?")
			.params(error, id)
			.update();
	}

	/** Batches left unfinished by a stopped server: they can no longer finish. */
	public int failInterrupted() {
		return jdbc.sql("""
				update report_batch set status = 'FAILED', error = '服务重启，批量生成中断，请重新生成。', finished_at = now()
				where status in ('QUEUED', 'RUNNING')""")
			.update();
	}

	public Optional<PublishedFile> file(long id) {
		return jdbc.sql("select file_name, content from report_batch where id = ? and status = 'DONE'")
			.param(id)
			.query((rs, n) -> new PublishedFile(rs.getString(1), "application/zip", rs.getBytes(2)))
			.optional();
	}

}
