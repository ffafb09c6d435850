package cn.planwatch.collection.internal;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.collection.check.Rule;
import cn.planwatch.collection.check.RuleKind;

/** SQL for {@code collection_rule}. */
@Repository
public class RuleRepository {

	private final JdbcClient jdbc;

	public RuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Rule> all() {
		return jdbc.sql("select * from collection_rule order by kind, indicator_code nulls first")
			.query((rs, n) -> new Rule(RuleKind.valueOf(rs.getString("kind")), rs.getString("indicator_code"),
					rs.getBigDecimal("threshold"), rs.getBoolean("enabled")))
			.list();
	}

	public void save(Rule rule, String user) {
		jdbc.sql("""
				insert into collection_rule (kind, indicator_code, threshold, enabled, updated_by)
				values (:kind, :code, :threshold, :enabled, :user)
				on conflict (kind, indicator_code) do update set threshold = excluded.threshold,
				    enabled = excluded.enabled, updated_by = excluded.updated_by, updated_at = now()""")
			.param("kind", rule.kind().name())
			.param("code", rule.indicatorCode())
			.param("threshold", rule.threshold(), Types.NUMERIC)
			.param("enabled", rule.enabled())
			.param("user", user)
			.update();
	}

}
