package cn.planwatch.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.evaluation.Attachment;
import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessment.Entry;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.evaluation.Step;

/** SQL for {@code evaluation_self_assessment} and {@code evaluation_entry}. */
@Repository
public class SelfAssessmentRepository {

	private static final String SELECT = """
			select s.*, d.name as department_name from evaluation_self_assessment s
			join region_department d on d.id = s.department_id
			""";

	private final JdbcClient jdbc;

	private final AttachmentRepository attachments;

	public SelfAssessmentRepository(JdbcClient jdbc, AttachmentRepository attachments) {
		this.jdbc = jdbc;
		this.attachments = attachments;
	}

	/** A self-assessment with one empty entry per target, in the order given. */
	public long insert(long evaluationId, long departmentId, List<Long> targetIds) {
		long id = jdbc.sql("insert into evaluation_self_assessment (evaluation_id, department_id) values (?, ?) returning id")
			.params(evaluationId, departmentId)
			.query(Long.class)
			.single();
		int order = 0;
		for (long targetId : targetIds) {
			jdbc.sql("insert into evaluation_entry (self_assessment_id, target_id, sort_order) values (?, ?, ?)")
				.params(id, targetId, order++)
				.update();
		}
		return id;
	}

	public Optional<SelfAssessment> find(long id) {
		return query(SELECT + " where s.id = :id", "id", id).stream().findFirst();
	}

	public List<SelfAssessment> ofEvaluation(long evaluationId) {
		return query(SELECT + " where s.evaluation_id = :evaluation order by d.id", "evaluation", evaluationId);
	}

	public List<SelfAssessment> ofDepartment(long departmentId) {
		return query(SELECT + " where s.department_id = :department order by s.evaluation_id desc", "department",
				departmentId);
	}

	/** The self-assessment an entry belongs to. */
	public Optional<Long> ofEntry(long entryId) {
		return jdbc.sql("select self_assessment_id from evaluation_entry where id = ?")
			.param(entryId)
			.query(Long.class)
			.optional();
	}

	/** Changes the summary if the version is still the one the caller saw; false when someone else changed it. */
	public boolean updateSummary(long id, int expectedVersion, String summary, String user) {
		return jdbc.sql("""
				update evaluation_self_assessment set summary = ?, version = version + 1, updated_by = ?, updated_at = now()
				where id = ? and version = ?""")
			.params(summary, user, id, expectedVersion)
			.update() == 1;
	}

	public void updateEntry(long selfAssessmentId, long targetId, Conclusion conclusion, String progress,
			String measures, String problems, String nextSteps) {
		jdbc.sql("""
				update evaluation_entry set conclusion = ?, progress = ?, measures = ?, problems = ?, next_steps = ?
				where self_assessment_id = ? and target_id = ?""")
			.params(conclusion == null ? null : conclusion.name(), progress, measures, problems, nextSteps,
					selfAssessmentId, targetId)
			.update();
	}

	/**
	 * Moves the self-assessment to {@code status} if it still has the version the caller saw,
	 * recording who took the step (a return also keeps its reason); false when someone else changed it.
	 */
	public boolean changeStatus(long id, int expectedVersion, SelfAssessmentStatus status, String reason, String user) {
		return jdbc.sql("""
				update evaluation_self_assessment set status = :status, version = version + 1, updated_by = :user,
				    updated_at = now(),
				    return_reason = case when :status = 'RETURNED' then :reason else return_reason end,
				    submitted_by = case when :status = 'SUBMITTED' then :user else submitted_by end,
				    submitted_at = case when :status = 'SUBMITTED' then now() else submitted_at end,
				    accepted_by = case when :status = 'ACCEPTED' then :user else null end,
				    accepted_at = case when :status = 'ACCEPTED' then now() else null end
				where id = :id and version = :version""")
			.param("status", status.name())
			.param("reason", reason)
			.param("user", user)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	/** Records the group's score and comment if the version is still the one the caller saw. */
	public boolean updateScore(long id, int expectedVersion, BigDecimal score, String comment, String user) {
		return jdbc.sql("""
				update evaluation_self_assessment set score = ?, review_comment = ?, reviewed_by = ?, reviewed_at = now(),
				    version = version + 1, updated_by = ?, updated_at = now()
				where id = ? and version = ?""")
			.params(score, comment, user, user, id, expectedVersion)
			.update() == 1;
	}

	public void updateEntryScore(long selfAssessmentId, long targetId, BigDecimal score, String comment) {
		jdbc.sql("update evaluation_entry set score = ?, review_comment = ? where self_assessment_id = ? and target_id = ?")
			.params(score, comment, selfAssessmentId, targetId)
			.update();
	}

	private List<SelfAssessment> query(String sql, String name, Object value) {
		List<Row> rows = jdbc.sql(sql).param(name, value).query((rs, n) -> row(rs)).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<EntryRow>> entries = new LinkedHashMap<>();
		jdbc.sql("select * from evaluation_entry where self_assessment_id in (:ids) order by self_assessment_id, sort_order")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				String conclusion = rs.getString("conclusion");
				entries.computeIfAbsent(rs.getLong("self_assessment_id"), k -> new ArrayList<>())
					.add(new EntryRow(rs.getLong("id"), rs.getLong("target_id"),
							conclusion == null ? null : Conclusion.valueOf(conclusion), rs.getString("progress"),
							rs.getString("measures"), rs.getString("problems"), rs.getString("next_steps"),
							rs.getBigDecimal("score"), rs.getString("review_comment")));
			});
		Map<Long, List<Attachment>> files = attachments
			.ofEntries(entries.values().stream().flatMap(List::stream).map(EntryRow::id).toList());
		return rows.stream()
			.map(r -> r.toSelfAssessment(entries.getOrDefault(r.id(), List.of())
				.stream()
				.map(e -> e.toEntry(files.getOrDefault(e.id(), List.of())))
				.toList()))
			.toList();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getLong("department_id"),
				rs.getString("department_name"), SelfAssessmentStatus.valueOf(rs.getString("status")),
				rs.getString("summary"), rs.getString("return_reason"), rs.getBigDecimal("score"),
				rs.getString("review_comment"),
				Step.of(rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class)),
				Step.of(rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class)),
				Step.of(rs.getString("accepted_by"), rs.getObject("accepted_at", OffsetDateTime.class)),
				rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}

	private record Row(long id, long evaluationId, long departmentId, String departmentName,
			SelfAssessmentStatus status, String summary, String returnReason, BigDecimal score, String reviewComment,
			Step reviewed, Step submitted, Step accepted, String updatedBy, OffsetDateTime updatedAt, int version) {

		SelfAssessment toSelfAssessment(List<Entry> entries) {
			return new SelfAssessment(id, evaluationId, departmentId, departmentName, status, summary, returnReason,
					score, reviewComment, reviewed, submitted, accepted, updatedBy, updatedAt, version, entries);
		}

	}

	private record EntryRow(long id, long targetId, Conclusion conclusion, String progress, String measures,
			String problems, String nextSteps, BigDecimal score, String reviewComment) {

		Entry toEntry(List<Attachment> attachments) {
			return new Entry(id, targetId, conclusion, progress, measures, problems, nextSteps, score, reviewComment,
					attachments);
		}

	}

}
