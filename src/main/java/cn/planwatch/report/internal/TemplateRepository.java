package cn.planwatch.report.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code report_template}: the office's own wording templates, by report kind. */
@Repository
public class TemplateRepository {

	private final JdbcClient jdbc;

	public TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> text(String kind) {
		return jdbc.sql("select text from report_template where kind = ?").param(kind).query(String.class).optional();
	}

	public void save(String kind, String text, String user) {
		jdbc.sql("""
				insert into report_template (kind, text, updated_by) values (?, ?, ?)
				on conflict (kind) do update set text = excluded.text, updated_by = excluded.updated_by, updated_at = now()""")
			.params(kind, text, user)
			.update();
	}

	public void delete(String kind) {
		jdbc.sql("delete from report_template where kind = ?").param(kind).update();
	}

}
