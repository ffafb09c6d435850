package cn.planwatch.report.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.plan.PlanKind;
import cn.planwatch.report.Publication;
import cn.planwatch.report.PublicationKind;
import cn.planwatch.report.PublishedFile;
import cn.planwatch.report.PublishedIndicator;

/** Tables {@code report_publication} and {@code report_published_indicator}. */
@Repository
public class PublicationRepository {

	private static final String COLUMNS = """
			id, region_code, kind, plan_kind, year, title, file_name, content_type, octet_length(content) as size,
			published_by, published_at, withdrawn_by, withdrawn_at""";

	private static final RowMapper<Publication> ROW = (rs, n) -> new Publication(rs.getLong("id"),
			rs.getString("region_code"), PublicationKind.valueOf(rs.getString("kind")),
			rs.getString("plan_kind") == null ? null : PlanKind.valueOf(rs.getString("plan_kind")), rs.getInt("year"),
			rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"),
			rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class), rs.getString("withdrawn_by"),
			rs.getObject("withdrawn_at", OffsetDateTime.class));

	private static final RowMapper<PublishedIndicator> INDICATOR = (rs, n) -> new PublishedIndicator(
			rs.getString("region_code"), rs.getString("indicator_code"), rs.getInt("through_year"),
			rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	public PublicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String regionCode, PublicationKind kind, PlanKind planKind, int year, String title,
			PublishedFile file, String user) {
		return jdbc.sql("""
				insert into report_publication (region_code, kind, plan_kind, year, title, file_name, content_type, content,
				    published_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(regionCode, kind.name(), planKind == null ? null : planKind.name(), year, title, file.fileName(),
					file.contentType(), file.content(), user)
			.query(Long.class)
			.single();
	}

	public Optional<Publication> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from report_publication where id = ?").param(id).query(ROW).optional();
	}

	public List<Publication> ofRegion(String regionCode) {
		return jdbc.sql("select " + COLUMNS + " from report_publication where region_code = ? order by published_at desc, id desc")
			.param(regionCode)
			.query(ROW)
			.list();
	}

	public Optional<PublishedFile> publicFile(long id) {
		return jdbc.sql("select file_name, content_type, content from report_publication where id = ? and withdrawn_at is null")
			.param(id)
			.query((rs, n) -> new PublishedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	public boolean withdraw(long id, String user) {
		return jdbc.sql("update report_publication set withdrawn_by = ?, withdrawn_at = now() where id = ? and withdrawn_at is null")
			.params(user, id)
			.update() == 1;
	}

	public void publishIndicator(String regionCode, String indicatorCode, int throughYear, String user) {
		jdbc.sql("""
				insert into report_published_indicator (region_code, indicator_code, through_year, published_by)
				values (?, ?, ?, ?)
				on conflict (region_code, indicator_code) do update set through_year = excluded.through_year,
				    published_by = excluded.published_by, published_at = now()""")
			.params(regionCode, indicatorCode, throughYear, user)
			.update();
	}

	public boolean unpublishIndicator(String regionCode, String indicatorCode) {
		return jdbc.sql("delete from report_published_indicator where region_code = ? and indicator_code = ?")
			.params(regionCode, indicatorCode)
			.update() == 1;
	}

	public List<PublishedIndicator> indicators(String regionCode) {
		return jdbc.sql("select * from report_published_indicator where region_code = ? order by indicator_code")
			.param(regionCode)
			.query(INDICATOR)
			.list();
	}

	/** Regions with at least one public report or indicator. */
	public List<String> publicRegions() {
		return jdbc.sql("""
				select region_code from report_publication where withdrawn_at is null
				union select region_code from report_published_indicator order by 1""")
			.query(String.class)
			.list();
	}

}
