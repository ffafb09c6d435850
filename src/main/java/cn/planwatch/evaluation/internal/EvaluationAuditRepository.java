package cn.planwatch.evaluation.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.evaluation.EvaluationAudit;

/** SQL for {@code evaluation_audit}. */
@Repository
public class EvaluationAuditRepository {

	private final JdbcClient jdbc;

	public EvaluationAuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long evaluationId, Long selfAssessmentId, String user, EvaluationAudit.Action action,
			String reason) {
		jdbc.sql("insert into evaluation_audit (evaluation_id, self_assessment_id, by_user, action, reason) values (?, ?, ?, ?, ?)")
			.params(evaluationId, selfAssessmentId, user, action.name(), reason)
			.update();
	}

	public List<EvaluationAudit> ofEvaluation(long evaluationId) {
		return jdbc.sql("""
				select a.*, d.name as department_name from evaluation_audit a
				left join evaluation_self_assessment s on s.id = a.self_assessment_id
				left join region_department d on d.id = s.department_id
				where a.evaluation_id = ? order by a.at, a.id""")
			.param(evaluationId)
			.query((rs, n) -> new EvaluationAudit(rs.getObject("at", OffsetDateTime.class), rs.getString("by_user"),
					EvaluationAudit.Action.valueOf(rs.getString("action")), rs.getString("department_name"),
					rs.getString("reason")))
			.list();
	}

}
