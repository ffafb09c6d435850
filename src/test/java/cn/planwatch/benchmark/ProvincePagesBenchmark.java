package cn.planwatch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.planwatch.access.NewAccount;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: the cockpit and indicator pages on a province-size data set, under load. Fills the database
 * with {@link SyntheticProvince} (1,800 counties × 250 targets, as the recompute benchmark), assesses it,
 * signs in as the province's, a city's and a county's office, and runs {@code bench/page-load.sh} (wrk)
 * against this test's own server. Prints wrk's figures; asserts only that every page answered. Run with
 * {@code mvn test -Dbenchmark.exclude= -Dgroups=benchmark -Dtest=ProvincePagesBenchmark}; options
 * {@code -Dbench.counties=200}, {@code -Dbench.seconds=30}, {@code -Dbench.connections="1 4 16"},
 * {@code -Dbench.warmup=20}. On an external database ({@code PLANWATCH_TEST_JDBC_URL}) the province is
 * kept for the next run when {@code -Dbench.keep=true} and reused if present.
 */
@PlanWatchTest
@Tag("benchmark")
class ProvincePagesBenchmark {

	private static final String PASSWORD = "bench-pages-2026";

	private static final String CITY = "980100";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assessments assessments;

	@Autowired
	UserAccounts accounts;

	@Test
	void cockpitAndIndicatorPagesOfAProvinceUnderLoad() throws Exception {
		int counties = Integer.getInteger("bench.counties", 1800);
		print("machine: %s", BenchmarkMachine.describe());
		if (jdbc.sql("select count(*) from region where code = ?").param(SyntheticProvince.PROVINCE)
			.query(Integer.class).single() == 0) {
			SyntheticProvince.Size size = SyntheticProvince.create(dataSource, counties,
					AssessmentRecomputeBenchmark.TARGETS_PER_PLAN);
			print("province generated: %,d counties × %d targets, %,d approved values in %,d ms", size.counties(),
					size.targets(), size.values(), size.millis());
			long start = System.nanoTime();
			assessments.recomputeAll();
			print("assessed in %,d ms", (System.nanoTime() - start) / 1_000_000);
			// as autovacuum would soon after: the visibility map lets the totals' statuses be read from the index
			start = System.nanoTime();
			jdbc.sql("vacuum analyze assessment_result").update();
			print("vacuumed in %,d ms", (System.nanoTime() - start) / 1_000_000);
		}
		else {
			print("province %s reused from an earlier run", SyntheticProvince.PROVINCE);
		}
		String county = jdbc.sql("select min(code) from region where parent_code = ?").param(CITY)
			.query(String.class).single();
		int citySize = jdbc.sql("select count(*) from region where parent_code = ?").param(CITY)
			.query(Integer.class).single();
		// a numeric target whose indicator is reported by sex, so the breakdown switch has something to show
		String indicator = jdbc.sql("""
				select t.indicator_code from plan_target t join plan_area a on a.id = t.area_id
				join plan p on p.id = a.plan_id
				where p.region_code = ? and t.direction in ('>=', '<=') and t.target_year is null
				    and exists (select 1 from collection_value v where v.region_code = p.region_code
				        and v.indicator_code = t.indicator_code and v.breakdown = 'SEX:FEMALE')
				order by t.seq limit 1""").param(county).query(String.class).single();
		signInAccounts(county);
		print("pages: province %s, city %s (%d counties), county %s, indicator %s", SyntheticProvince.PROVINCE, CITY,
				citySize, county, indicator);
		String pages = String.join("\n",
				"province cockpit|bench-province|/regions/" + SyntheticProvince.PROVINCE + "/cockpit",
				"city cockpit (" + citySize + " counties)|bench-city|/regions/" + CITY + "/cockpit",
				"county cockpit|bench-county|/regions/" + county + "/cockpit",
				"indicator page, county office|bench-county|/regions/" + county + "/indicators/" + indicator,
				"indicator page, city office|bench-city|/regions/" + county + "/indicators/" + indicator,
				"indicator page, province office|bench-province|/regions/" + county + "/indicators/" + indicator,
				"indicator breakdown (htmx)|bench-county|/regions/" + county + "/indicators/" + indicator
						+ "?breakdown=SEX:FEMALE|HX-Request: true") + "\n";
		int exit = runLoad(pages);
		if (TestDatabase.get().isExternal() && !Boolean.getBoolean("bench.keep")) {
			// the accounts' scope refers to the province's regions
			jdbc.sql("delete from access_user where username in ('bench-province', 'bench-city', 'bench-county')").update();
			SyntheticProvince.drop(dataSource);
		}
		assertThat(exit).as("bench/page-load.sh exit status").isZero();
	}

	private void signInAccounts(String county) {
		for (NewAccount account : List.of(
				new NewAccount("bench-province", "基准测试省妇儿工委办公室", Role.OFFICE, SyntheticProvince.PROVINCE, null),
				new NewAccount("bench-city", "基准测试市妇儿工委办公室", Role.OFFICE, CITY, null),
				new NewAccount("bench-county", "基准测试县妇儿工委办公室", Role.OFFICE, county, null))) {
			if (accounts.find(account.username()).isEmpty()) {
				accounts.create(account, PASSWORD, true);
			}
		}
	}

	private int runLoad(String pages) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of("bench", "page-load.sh").toString(),
				"http://localhost:" + port, System.getProperty("bench.seconds", "30"),
				System.getProperty("bench.connections", "1 4 16"))
			.redirectErrorStream(true);
		builder.environment().put("PLANWATCH_PASSWORD", PASSWORD);
		builder.environment().put("PLANWATCH_WARMUP", System.getProperty("bench.warmup", "20"));
		Process process = builder.start();
		process.getOutputStream().write(pages.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		try (var output = process.inputReader(StandardCharsets.UTF_8)) {
			output.lines().forEach(line -> print("%s", line));
		}
		return process.waitFor();
	}

	private static void print(String format, Object... args) {
		System.out.println("BENCHMARK pages: " + String.format(format, args));
	}

}
