package cn.planwatch.report;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;

/**
 * Who a region's documents come from: the statistics bureau compiles the monitoring report and the
 * compendium, the commission office issues notices and the evaluation report — the region's
 * department of that kind, or the usual name when the region has none.
 */
@Component
class Issuers {

	private final Departments departments;

	Issuers(Departments departments) {
		this.departments = departments;
	}

	String statisticsBureau(Region region) {
		return departments.findByKind(region.code(), "stats").map(Department::name).orElse(region.name() + "统计局");
	}

	Optional<Department> office(Region region) {
		return departments.findByKind(region.code(), "office");
	}

	String officeName(Region region) {
		return office(region).map(Department::name).orElse(region.name() + "妇女儿童工作委员会办公室");
	}

}
