package cn.planwatch.collection.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;

/** SQL for {@code collection_task} and {@code collection_task_indicator}. */
@Repository
public class TaskRepository {

	private static final String SELECT = """
			select t.*, d.name as department_name, d.region_code from collection_task t
			join region_department d on d.id = t.department_id
			""";

	private final JdbcClient jdbc;

	public TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long roundId, long departmentId, Map<String, String> indicatorRoles) {
		long id = jdbc.sql("insert into collection_task (round_id, department_id) values (?, ?) returning id")
			.params(roundId, departmentId)
			.query(Long.class)
			.single();
		indicatorRoles.forEach((code, role) -> jdbc
			.sql("insert into collection_task_indicator (task_id, indicator_code, role) values (?, ?, ?)")
			.params(id, code, role)
			.update());
		return id;
	}

	public Optional<Task> find(long id) {
		return query(SELECT + " where t.id = :id", Map.of("id", id)).stream().findFirst();
	}

	public List<Task> ofRound(long roundId) {
		return query(SELECT + " where t.round_id = :round order by d.region_code, d.id", Map.of("round", roundId));
	}

	public List<Task> ofDepartment(long departmentId) {
		return query(SELECT + " where t.department_id = :department order by t.round_id desc",
				Map.of("department", departmentId));
	}

	/**
	 * Moves a task to a new status if it still has the version the caller saw; false when someone
	 * else changed it meanwhile.
	 */
	public boolean changeStatus(long id, int expectedVersion, TaskStatus status, String returnReason) {
		return jdbc.sql("""
				update collection_task set status = :status, return_reason = :reason, version = version + 1, updated_at = now(),
				    submitted_at = case when :status = 'SUBMITTED' then now() else submitted_at end,
				    approved_at = case when :status = 'APPROVED' then now() else null end
				where id = :id and version = :version""")
			.param("status", status.name())
			.param("reason", returnReason)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	private List<Task> query(String sql, Map<String, Object> params) {
		Map<Long, List<Task.TaskIndicator>> indicators = new LinkedHashMap<>();
		List<Object[]> rows = new ArrayList<>();
		var spec = jdbc.sql(sql);
		for (var entry : params.entrySet()) {
			spec = spec.param(entry.getKey(), entry.getValue());
		}
		spec.query(rs -> {
			rows.add(new Object[] { rs.getLong("id"), rs.getLong("round_id"), rs.getLong("department_id"),
					rs.getString("department_name"), rs.getString("region_code"), rs.getString("status"),
					rs.getString("return_reason"), rs.getObject("submitted_at", OffsetDateTime.class),
					rs.getObject("approved_at", OffsetDateTime.class), rs.getInt("version") });
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		jdbc.sql("select * from collection_task_indicator where task_id in (:ids) order by indicator_code")
			.param("ids", rows.stream().map(r -> (Long) r[0]).toList())
			.query(rs -> {
				indicators.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
					.add(new Task.TaskIndicator(rs.getString("indicator_code"), rs.getString("role")));
			});
		return rows.stream()
			.map(r -> new Task((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (String) r[4],
					TaskStatus.valueOf((String) r[5]), (String) r[6], (OffsetDateTime) r[7], (OffsetDateTime) r[8],
					(Integer) r[9], indicators.getOrDefault((Long) r[0], List.of())))
			.toList();
	}

}
