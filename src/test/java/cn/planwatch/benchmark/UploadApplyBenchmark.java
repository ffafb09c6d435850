package cn.planwatch.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.WorkbookReporting;
import cn.planwatch.collection.WorkbookUpload;
import cn.planwatch.plan.Area;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.Goal;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/**
 * A 5,000-row workbook validated and applied end to end: 1,000 indicators × 5 cells (total, two
 * sexes, urban and rural) in one department's task, uploaded once into an empty task (inserts)
 * and once more with changed values (updates). Prints the figures; asserts nothing about time.
 * Run with {@code mvn test -Dbenchmark.exclude= -Dgroups=benchmark -Dtest=UploadApplyBenchmark}.
 */
@PlanWatchTest
@Tag("benchmark")
class UploadApplyBenchmark {

	static final int INDICATORS = 1000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	@Autowired
	Plans plans;

	@Autowired
	Rounds rounds;

	@Autowired
	WorkbookReporting workbooks;

	@Test
	void uploadOfFiveThousandRows() throws Exception {
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		long health = county.departments().get("health");
		List<Target> targets = new ArrayList<>();
		for (int i = 1; i <= INDICATORS; i++) {
			String code = "B-" + county.code() + "-" + i;
			jdbc.sql("""
					insert into plan_indicator (code, name, plan_kind, area_ordinal, unit, polarity, disaggregations)
					values (?, ?, 'WOMEN', 3, '名', 'HIGHER', array['SEX', 'URBAN_RURAL'])""")
				.params(code, "基准测试指标" + i)
				.update();
			targets.add(new Target(null, code, "基准测试指标" + i, Direction.INCREASE, null, null, null, null, null, null, null,
					null, List.of(new Responsibility(health, null, Responsibility.Role.LEAD))));
		}
		long plan = plans.create(new NewPlan(county.code(), PlanKind.WOMEN, "基准测试规划", 2021, 2030, null, false,
				List.of(new Area(null, 3, "妇女与经济", List.of(new Goal(null, 1, "基准测试。", targets))))));
		plans.publish(plan);
		long roundId = rounds.open(county.code(), 2025, LocalDate.of(2026, 3, 31), false, null, "stats").id();
		Task task = rounds.tasks(roundId).stream().filter(t -> t.departmentId() == health).findFirst().orElseThrow();

		long start = System.nanoTime();
		byte[] template = workbooks.template(task.id());
		long templateMillis = (System.nanoTime() - start) / 1_000_000;
		byte[] first = fill(template, 10);
		byte[] second = fill(template, 20);

		start = System.nanoTime();
		WorkbookUpload inserted = workbooks.upload(task.id(), "benchmark.xlsx", first, "bench");
		long insertMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		WorkbookUpload updated = workbooks.upload(task.id(), "benchmark.xlsx", second, "bench");
		long updateMillis = (System.nanoTime() - start) / 1_000_000;

		System.out.printf("BENCHMARK upload: template of %d rows written in %d ms (%d KB)%n", inserted.cellsApplied(),
				templateMillis, template.length / 1024);
		System.out.printf("BENCHMARK upload: %d rows validated and inserted in %d ms; problems %d%n", inserted.cellsApplied(),
				insertMillis, inserted.problems().size());
		System.out.printf("BENCHMARK upload: %d rows validated and updated in %d ms; problems %d%n", updated.cellsApplied(),
				updateMillis, updated.problems().size());
	}

	/** Every input cell of the value column filled, as a department does in Excel. */
	private static byte[] fill(byte[] template, int base) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("填报");
			DataFormatter text = new DataFormatter();
			int valueColumn = -1;
			for (Row row : sheet) {
				if (valueColumn < 0) {
					for (Cell cell : row) {
						if (text.formatCellValue(cell).equals("本年数值")) {
							valueColumn = cell.getColumnIndex();
						}
					}
					continue;
				}
				if (text.formatCellValue(row.getCell(0)).startsWith("B-")) {
					String breakdown = text.formatCellValue(row.getCell(2));
					int value = breakdown.equals("合计") ? 2 * base : base;
					row.getCell(valueColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
