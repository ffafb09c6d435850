package cn.planwatch.assessment.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.assessment.QualitativeJudgement;
import cn.planwatch.assessment.engine.AttainmentStatus;

/** Table {@code assessment_judgement}: hand judgements of qualitative targets; a new one retires the current. */
@Repository
public class JudgementRepository {

	private static final RowMapper<QualitativeJudgement> ROW = (rs, n) -> new QualitativeJudgement(rs.getLong("id"),
			rs.getLong("target_id"), rs.getInt("year"), AttainmentStatus.valueOf(rs.getString("status")),
			rs.getString("reason"), rs.getString("judged_by"), rs.getObject("judged_at", OffsetDateTime.class),
			rs.getBoolean("current"));

	private final JdbcClient jdbc;

	public JudgementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long targetId, int year, AttainmentStatus status, String reason, String user) {
		jdbc.sql("update assessment_judgement set current = false where target_id = ? and year = ? and current")
			.params(targetId, year)
			.update();
		jdbc.sql("insert into assessment_judgement (target_id, year, status, reason, judged_by) values (?, ?, ?, ?, ?)")
			.params(targetId, year, status.name(), reason, user)
			.update();
	}

	public List<QualitativeJudgement> current(Collection<Long> targetIds) {
		if (targetIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from assessment_judgement where current and target_id = any(:ids)")
			.param("ids", targetIds.toArray(Long[]::new))
			.query(ROW)
			.list();
	}

	/** Every judgement of a target, the newest first (the retired ones are the record of changes). */
	public List<QualitativeJudgement> history(long targetId) {
		return jdbc.sql("select * from assessment_judgement where target_id = ? order by judged_at desc, id desc")
			.param(targetId)
			.query(ROW)
			.list();
	}

}
