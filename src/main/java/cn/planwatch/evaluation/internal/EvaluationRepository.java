package cn.planwatch.evaluation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.EvaluationStatus;
import cn.planwatch.evaluation.Step;

/** SQL for {@code evaluation}. */
@Repository
public class EvaluationRepository {

	private static final String SELECT = """
			select e.*, p.title as plan_title, p.demo as plan_demo from evaluation e join plan p on p.id = e.plan_id
			""";

	private static final RowMapper<Evaluation> ROW = (rs, n) -> new Evaluation(rs.getLong("id"), rs.getLong("plan_id"),
			rs.getString("plan_title"), rs.getBoolean("plan_demo"), rs.getString("region_code"),
			EvaluationKind.valueOf(rs.getString("kind")), rs.getInt("assessment_year"),
			rs.getObject("deadline", LocalDate.class), EvaluationStatus.valueOf(rs.getString("status")),
			rs.getString("note"), rs.getString("return_reason"), step(rs, "opened"), step(rs, "review_started"),
			step(rs, "submitted"), step(rs, "approved"), step(rs, "returned"), rs.getInt("version"));

	private final JdbcClient jdbc;

	public EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Step step(ResultSet rs, String prefix) throws SQLException {
		return Step.of(rs.getString(prefix + "_by"), rs.getObject(prefix + "_at", OffsetDateTime.class));
	}

	public long insert(long planId, String regionCode, EvaluationKind kind, int assessmentYear, LocalDate deadline,
			String note, String openedBy) {
		return jdbc.sql("""
				insert into evaluation (plan_id, region_code, kind, assessment_year, deadline, note, opened_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(planId, regionCode, kind.name(), assessmentYear, Date.valueOf(deadline), note, openedBy)
			.query(Long.class)
			.single();
	}

	public Optional<Evaluation> find(long id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query(ROW).optional();
	}

	/** The evaluation of the plan and kind that is not yet approved, if any. */
	public Optional<Evaluation> running(long planId, EvaluationKind kind) {
		return jdbc.sql(SELECT + " where e.plan_id = ? and e.kind = ? and e.status <> 'APPROVED'")
			.params(planId, kind.name())
			.query(ROW)
			.optional();
	}

	public List<Evaluation> ofRegions(List<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where e.region_code in (:codes) order by e.opened_at desc, e.id desc")
			.param("codes", regionCodes)
			.query(ROW)
			.list();
	}

	public List<Evaluation> ofIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where e.id in (:ids) order by e.opened_at desc, e.id desc").param("ids", ids).query(ROW).list();
	}

	/**
	 * Moves the evaluation to {@code status} if it still has the version the caller saw, recording
	 * who took the step; false when someone else changed it meanwhile.
	 */
	public boolean changeStatus(long id, int expectedVersion, EvaluationStatus status, String user, String reason) {
		return jdbc.sql("""
				update evaluation set status = :status, version = version + 1,
				    return_reason = case when :status = 'RETURNED' then :reason else return_reason end,
				    review_started_by = case when :status = 'UNDER_REVIEW' then :user else review_started_by end,
				    review_started_at = case when :status = 'UNDER_REVIEW' then now() else review_started_at end,
				    submitted_by = case when :status = 'SUBMITTED_FOR_APPROVAL' then :user else submitted_by end,
				    submitted_at = case when :status = 'SUBMITTED_FOR_APPROVAL' then now() else submitted_at end,
				    approved_by = case when :status = 'APPROVED' then :user else approved_by end,
				    approved_at = case when :status = 'APPROVED' then now() else approved_at end,
				    returned_by = case when :status = 'RETURNED' then :user else returned_by end,
				    returned_at = case when :status = 'RETURNED' then now() else returned_at end
				where id = :id and version = :version""")
			.param("status", status.name())
			.param("reason", reason)
			.param("user", user)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

}
