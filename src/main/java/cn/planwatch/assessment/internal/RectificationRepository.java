package cn.planwatch.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RectificationStatus;
import cn.planwatch.assessment.RectificationStep;

/** Tables {@code assessment_rectification} and {@code assessment_rectification_audit}. */
@Repository
public class RectificationRepository {

	private static final String SELECT = """
			select r.*, t.indicator_name, d.name as department_name
			from assessment_rectification r
			join plan_target t on t.id = r.target_id
			join region_department d on d.id = r.department_id
			""";

	private static final RowMapper<Rectification> ROW = (rs, n) -> new Rectification(rs.getLong("id"),
			rs.getString("region_code"), rs.getLong("target_id"), rs.getString("indicator_name"), rs.getInt("year"),
			rs.getLong("department_id"), rs.getString("department_name"), rs.getString("warning_label"),
			rs.getString("warning_text"), rs.getString("request"), rs.getObject("answer_due", LocalDate.class),
			RectificationStatus.valueOf(rs.getString("status")), rs.getString("measures"),
			rs.getObject("planned_by", LocalDate.class), rs.getString("close_note"), rs.getString("issued_by"),
			rs.getObject("issued_at", OffsetDateTime.class), rs.getString("answered_by"),
			rs.getObject("answered_at", OffsetDateTime.class), rs.getString("closed_by"),
			rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("version"));

	private final JdbcClient jdbc;

	public RectificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(String regionCode, long targetId, int year, long departmentId, String warningLabel,
			String warningText, String request, LocalDate answerDue, String user) {
		return jdbc.sql("""
				insert into assessment_rectification (region_code, target_id, year, department_id, warning_label,
				    warning_text, request, answer_due, issued_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(regionCode, targetId, year, departmentId, warningLabel, warningText, request, answerDue, user)
			.query(Long.class)
			.single();
	}

	public Optional<Rectification> find(long id) {
		return jdbc.sql(SELECT + "where r.id = ?").param(id).query(ROW).optional();
	}

	public Optional<Rectification> findOpen(long targetId, int year, long departmentId) {
		return jdbc.sql(SELECT + "where r.target_id = ? and r.year = ? and r.department_id = ? and r.status <> 'CLOSED'")
			.params(targetId, year, departmentId)
			.query(ROW)
			.optional();
	}

	public List<Rectification> ofRegions(List<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where r.region_code = any(:regions) order by r.status <> 'CLOSED' desc, r.answer_due, r.id")
			.param("regions", regionCodes.toArray(String[]::new))
			.query(ROW)
			.list();
	}

	public List<Rectification> ofDepartment(long departmentId) {
		return jdbc.sql(SELECT + "where r.department_id = ? order by r.status <> 'CLOSED' desc, r.answer_due, r.id")
			.param(departmentId)
			.query(ROW)
			.list();
	}

	public List<Rectification> ofTarget(long targetId) {
		return jdbc.sql(SELECT + "where r.target_id = ? order by r.year desc, r.id desc").param(targetId).query(ROW).list();
	}

	/** Answers an item at the given version; false when someone changed it first. */
	public boolean answer(long id, int version, String measures, LocalDate plannedBy, String user) {
		return jdbc.sql("""
				update assessment_rectification set status = 'ANSWERED', measures = ?, planned_by = ?, answered_by = ?,
				    answered_at = now(), version = version + 1
				where id = ? and version = ?""")
			.params(measures, plannedBy, user, id, version)
			.update() == 1;
	}

	public boolean reopen(long id, int version) {
		return jdbc.sql("update assessment_rectification set status = 'ISSUED', version = version + 1 where id = ? and version = ?")
			.params(id, version)
			.update() == 1;
	}

	public boolean close(long id, int version, String note, String user) {
		return jdbc.sql("""
				update assessment_rectification set status = 'CLOSED', close_note = ?, closed_by = ?, closed_at = now(),
				    version = version + 1
				where id = ? and version = ?""")
			.params(note, user, id, version)
			.update() == 1;
	}

	public void audit(long id, String user, String action, RectificationStatus oldStatus, RectificationStatus newStatus,
			String text) {
		jdbc.sql("""
				insert into assessment_rectification_audit (rectification_id, by_user, action, old_status, new_status, text)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, user, action, oldStatus == null ? null : oldStatus.name(), newStatus.name(), text)
			.update();
	}

	public List<RectificationStep> steps(long id) {
		return jdbc.sql("select * from assessment_rectification_audit where rectification_id = ? order by at, id")
			.param(id)
			.query((rs, n) -> new RectificationStep(rs.getObject("at", OffsetDateTime.class), rs.getString("by_user"),
					rs.getString("action"),
					rs.getString("old_status") == null ? null : RectificationStatus.valueOf(rs.getString("old_status")),
					RectificationStatus.valueOf(rs.getString("new_status")), rs.getString("text")))
			.list();
	}

}
