package cn.planwatch.region.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.planwatch.region.Region;
import cn.planwatch.region.RegionLevel;

/** SQL for the {@code region} table. */
@Repository
public class RegionRepository {

	private static final String COLUMNS = "code, name, level, parent_code, path, demo";

	private static final RowMapper<Region> ROW = (rs, n) -> new Region(rs.getString("code"), rs.getString("name"),
			RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("path"),
			rs.getBoolean("demo"));

	private final JdbcClient jdbc;

	public RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from region where code = ?").param(code).query(ROW).optional();
	}

	public List<Region> all() {
		return jdbc.sql("select " + COLUMNS + " from region order by path").query(ROW).list();
	}

	public List<Region> subtree(String path) {
		return jdbc.sql("select " + COLUMNS + " from region where path = :path or path like :prefix order by path")
			.param("path", path)
			.param("prefix", likePrefix(path))
			.query(ROW)
			.list();
	}

	public List<Region> children(String code) {
		return jdbc.sql("select " + COLUMNS + " from region where parent_code = ? order by sort_order, code")
			.param(code)
			.query(ROW)
			.list();
	}

	public List<Region> byCodes(List<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from region where code in (:codes) order by path")
			.param("codes", codes)
			.query(ROW)
			.list();
	}

	public void insert(Region region, int sortOrder) {
		jdbc.sql("""
				insert into region (code, name, level, parent_code, path, sort_order, demo)
				values (:code, :name, :level, :parent, :path, :sort, :demo)""")
			.param("code", region.code())
			.param("name", region.name())
			.param("level", region.level().name())
			.param("parent", region.parentCode())
			.param("path", region.path())
			.param("sort", sortOrder)
			.param("demo", region.demo())
			.update();
	}

	public boolean anyDemo() {
		return jdbc.sql("select exists (select 1 from region where demo)").query(Boolean.class).single();
	}

	static String likePrefix(String path) {
		return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
	}

}
