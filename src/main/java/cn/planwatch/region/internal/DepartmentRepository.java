package cn.planwatch.region.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.region.Department;
import cn.planwatch.region.DepartmentKind;

/** SQL for {@code region_department} and {@code region_department_kind}. */
@Repository
public class DepartmentRepository {

	private static final String SELECT = """
			select d.id, d.region_code, d.kind_code, k.name as kind_name, d.name, d.liaison_name, d.liaison_phone
			from region_department d join region_department_kind k on k.code = d.kind_code
			""";

	private static final RowMapper<Department> ROW = (rs, n) -> new Department(rs.getLong("id"),
			rs.getString("region_code"), rs.getString("kind_code"), rs.getString("kind_name"), rs.getString("name"),
			rs.getString("liaison_name"), rs.getString("liaison_phone"));

	private final JdbcClient jdbc;

	public DepartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Department> ofRegion(String regionCode) {
		return jdbc.sql(SELECT + " where d.region_code = ? order by k.sort_order, d.name")
			.param(regionCode)
			.query(ROW)
			.list();
	}

	public Optional<Department> find(long id) {
		return jdbc.sql(SELECT + " where d.id = ?").param(id).query(ROW).optional();
	}

	public List<Department> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where d.id in (:ids) order by k.sort_order, d.name").param("ids", ids).query(ROW).list();
	}

	public Optional<Department> findByKind(String regionCode, String kindCode) {
		return jdbc.sql(SELECT + " where d.region_code = ? and d.kind_code = ? order by d.id limit 1")
			.params(regionCode, kindCode)
			.query(ROW)
			.optional();
	}

	public long insert(String regionCode, String kindCode, String name) {
		return jdbc.sql("insert into region_department (region_code, kind_code, name) values (?, ?, ?) returning id")
			.params(regionCode, kindCode, name)
			.query(Long.class)
			.single();
	}

	public void updateLiaison(long id, String liaisonName, String liaisonPhone) {
		jdbc.sql("update region_department set liaison_name = ?, liaison_phone = ?, updated_at = now() where id = ?")
			.params(liaisonName, liaisonPhone, id)
			.update();
	}

	public List<DepartmentKind> kinds() {
		return jdbc.sql("select code, name from region_department_kind order by sort_order")
			.query((rs, n) -> new DepartmentKind(rs.getString("code"), rs.getString("name")))
			.list();
	}

	public Optional<DepartmentKind> kind(String code) {
		return jdbc.sql("select code, name from region_department_kind where code = ?")
			.param(code)
			.query((rs, n) -> new DepartmentKind(rs.getString("code"), rs.getString("name")))
			.optional();
	}

}
