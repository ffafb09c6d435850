package cn.planwatch.benchmark;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.assessment.internal.ResultRepository;
import cn.planwatch.assessment.internal.ResultRow;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.collection.MonitoringValuesChanged;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestDatabase;

/**
 * Issue 5: a synthetic province ({@link SyntheticProvince}: 1,800 counties × 250 targets × 3 breakdowns ×
 * 10 years) fully recomputed, recomputed again with nothing changed, and recomputed incrementally after
 * one department's approval in one county; beside it, the time of merely reading the same approved
 * values from PostgreSQL, and how new results are best written. Prints the figures (and the machine's
 * load average, since other builds may share it); asserts nothing about time. Run with
 * {@code mvn test -Dbenchmark.exclude= -Dgroups=benchmark -Dtest=AssessmentRecomputeBenchmark}
 * ({@code -Dbench.counties=100} for a quick run).
 */
@PlanWatchTest
@Tag("benchmark")
class AssessmentRecomputeBenchmark {

	static final int TARGETS_PER_PLAN = 250;

	private static final String COUNTIES = "select code from region where level = 'COUNTY' and path like '980000/%'";

	private static final String APPROVED = """
			select v.region_code, v.indicator_code, v.year, v.breakdown,
			    coalesce(v.value, v.numerator / nullif(v.denominator, 0) * i.multiplier) as value, v.numerator, v.denominator
			from collection_value v join plan_indicator i on i.code = v.indicator_code
			where v.region_code like '98%' and v.status = 'APPROVED'
			    and (v.value is not null or v.numerator is not null and v.denominator <> 0)""";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MonitoringData data;

	@Autowired
	Assessments assessments;

	@Autowired
	ResultRepository results;

	@Test
	void provinceRecomputedFullyAgainAndAfterOneApproval() throws Exception {
		int counties = Integer.getInteger("bench.counties", 1800);
		print("machine: %s", BenchmarkMachine.describe());
		SyntheticProvince.Size size = SyntheticProvince.create(dataSource, counties, TARGETS_PER_PLAN);
		print("province generated: %,d counties × %d targets, %,d approved values in %,d ms; load %s", size.counties(),
				size.targets(), size.values(), size.millis(), BenchmarkMachine.load());
		List<String> regions = jdbc.sql(COUNTIES + " order by code").query(String.class).list();

		plainReadPerRegion(regions);
		plainReadInOneScan();
		recomputeAll("full recompute");
		recomputeAll("second full recompute, nothing changed");
		for (String county : regions.subList(0, Math.min(5, regions.size()))) {
			approvalInOneCounty(county);
		}
		pageModel(regions.get(0));
		writePaths(regions.subList(Math.max(0, regions.size() - 20), regions.size()));
		outcomes();
		if (Boolean.getBoolean("bench.checksum")) {
			checksum();
		}
		print("tables: collection_value %s, assessment_result %s", tableSize("collection_value"),
				tableSize("assessment_result"));
		if (TestDatabase.get().isExternal()) {
			SyntheticProvince.drop(dataSource);
		}
	}

	/** (a) The approved values of every county, read per county as the recompute reads them. */
	private void plainReadPerRegion(List<String> regions) {
		Set<String> codes = new HashSet<>(
				jdbc.sql("select code from plan_indicator where builtin").query(String.class).list());
		long values = 0;
		long start = System.nanoTime();
		for (String region : regions) {
			values += data.ofRegion(region, codes).size();
		}
		long millis = millisSince(start);
		print("plain read per county (MonitoringData.ofRegion): %,d values of %,d counties in %,d ms (%.1f ms per county); load %s",
				values, regions.size(), millis, (double) millis / regions.size(), BenchmarkMachine.load());
	}

	/** (a) The same values in one streamed scan, mapped to the same records. */
	private void plainReadInOneScan() {
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(10_000);
		long[] values = new long[1];
		long start = System.nanoTime();
		new TransactionTemplate(transactions).executeWithoutResult(status -> streaming.query(APPROVED, rs -> {
			new ApprovedValue(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7));
			values[0]++;
		}));
		print("plain read in one scan: %,d values in %,d ms; load %s", values[0], millisSince(start), BenchmarkMachine.load());
	}

	/** (b), (c) Every region recomputed; rows of the province computed and written, time, heap. */
	private void recomputeAll(String what) {
		OffsetDateTime before = dbNow();
		long start;
		long millis;
		try (HeapPeak heap = HeapPeak.start()) {
			start = System.nanoTime();
			assessments.recomputeAll();
			millis = millisSince(start);
			print("%s: %,d ms; heap peak %,d MB, at most %,d MB after a collection; load %s", what, millis,
					heap.peakMegabytes(), heap.maxAfterCollectionMegabytes(), BenchmarkMachine.load());
		}
		var rows = jdbc.sql("""
				select count(*), count(*) filter (where computed_at >= ?) from assessment_result
				where region_code in (%s)""".formatted(COUNTIES))
			.param(before)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		print("%s: %,d results of the province, %,d written (%,.0f results per second)", what, rows[0], rows[1],
				rows[0] * 1000.0 / millis);
	}

	/**
	 * How the results of a county are best written when none is stored: by COPY (as the recompute does) or by
	 * batched upserts (as it does for changed rows). Each county's stored results are deleted and written back
	 * both ways in transactions that are rolled back; only the writing is timed.
	 */
	private void writePaths(List<String> counties) {
		long[] millis = new long[2];
		long rows = 0;
		for (String county : counties) {
			List<ResultRow> stored = new ArrayList<>();
			for (int year = 2021; year <= SyntheticProvince.LAST_YEAR; year++) {
				results.ofRegion(county, year).forEach(result -> stored.add(ResultRow.of(result)));
			}
			rows += stored.size();
			millis[0] += rolledBack(county, () -> results.insert(stored));
			millis[1] += rolledBack(county, () -> results.upsert(stored));
		}
		print("writing %,d new results of %d counties: COPY %,d ms, batched upserts %,d ms", rows, counties.size(),
				millis[0], millis[1]);
	}

	private long rolledBack(String county, Runnable write) {
		long[] millis = new long[1];
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("delete from assessment_result where region_code = ?").param(county).update();
			long start = System.nanoTime();
			write.run();
			millis[0] = millisSince(start);
			status.setRollbackOnly();
		});
		return millis[0];
	}

	/**
	 * (d) The health bureau of a county (the first five in turn) has its 2025 figures approved, changed by a
	 * tenth: the values are updated and the change published in one transaction, as {@code Review.approve}
	 * does; the results are brought up to date after the commit.
	 */
	private void approvalInOneCounty(String county) {
		long health = jdbc.sql("select id from region_department where region_code = ? and kind_code = 'health'")
			.param(county)
			.query(Long.class)
			.single();
		Set<String> codes = new HashSet<>(jdbc.sql("""
				select distinct indicator_code from collection_value where region_code = ? and department_id = ? and year = 2025""")
			.params(county, health)
			.query(String.class)
			.list());
		OffsetDateTime before = dbNow();
		long[] committed = new long[1];
		long start = System.nanoTime();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("""
					update collection_value set value = round(value * 1.1, 2),
					    numerator = least(denominator, round(numerator * 1.1)), version = version + 1, approved_at = now()
					where region_code = ? and department_id = ? and year = 2025""").params(county, health).update();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					committed[0] = System.nanoTime();
				}
			});
			events.publishEvent(new MonitoringValuesChanged(county, codes));
		});
		long end = System.nanoTime();
		long written = jdbc.sql("select count(*) from assessment_result where region_code = ? and computed_at >= ?")
			.params(county, before)
			.query(Long.class)
			.single();
		print("one department's approval (%d indicators of county %s): commit to results updated %,d ms (whole transaction %,d ms); %,d results written; load %s",
				codes.size(), county, (end - committed[0]) / 1_000_000, (end - start) / 1_000_000, written, BenchmarkMachine.load());
	}

	/** (e) The county's assessment page model afterwards: first read, then the median of ten. */
	private void pageModel(String county) {
		long start = System.nanoTime();
		RegionAssessment first = assessments.ofRegion(county, 2025);
		long firstMillis = millisSince(start);
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			start = System.nanoTime();
			assessments.ofRegion(county, 2025);
			times.add(System.nanoTime() - start);
		}
		Collections.sort(times);
		print("assessment page model of county %s (%d targets): first %,d ms, then median %.1f ms", county,
				first.plans().get(0).targets().size(), firstMillis, times.get(5) / 1e6);
	}

	/** How the province came out in 2025 (totals): the branches the data exercised. */
	private void outcomes() {
		String where = "from assessment_result where region_code in (%s) and breakdown = 'TOTAL' and year = 2025"
			.formatted(COUNTIES);
		jdbc.sql("select status, progress, count(*) " + where + " group by 1, 2 order by 3 desc")
			.query(rs -> {
				print("2025 outcome: %s / %s: %,d", rs.getString(1), rs.getString(2), rs.getLong(3));
			});
		jdbc.sql("select w ->> 'rule', count(*) from (select jsonb_array_elements(warnings) as w " + where
				+ ") x group by 1 order by 2 desc")
			.query(rs -> {
				print("2025 warning: %s: %,d", rs.getString(1), rs.getLong(2));
			});
	}

	/** A digest of the province's results without ids and times, to compare runs before and after a change. */
	private void checksum() {
		String digest = jdbc.sql("""
				select md5(string_agg(concat_ws('|', r.region_code, t.seq, r.breakdown, r.year, r.status, r.progress, r.value,
				    r.baseline_year, r.baseline_value, r.forecast_year, r.forecast_value, r.forecast_lower, r.forecast_upper,
				    r.mid_term_year, r.mid_term_value, r.mid_term_lower, r.mid_term_upper, r.share, r.mid_term_share, r.scale,
				    r.yearly_change, r.points, r.trend_p_value, r.rate_lower, r.rate_upper, r.uncertain, r.judged, r.warned,
				    r.warnings, r.explanation), ',' order by r.region_code, t.seq, r.breakdown, r.year))
				from assessment_result r join plan_target t on t.id = r.target_id
				where r.region_code in (%s)""".formatted(COUNTIES)).query(String.class).single();
		print("results digest: %s", digest);
	}

	private OffsetDateTime dbNow() {
		return jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();
	}

	private String tableSize(String table) {
		return jdbc.sql("select pg_size_pretty(pg_total_relation_size(?::regclass))").param(table).query(String.class).single();
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}


	private static void print(String format, Object... args) {
		System.out.println("BENCHMARK recompute: " + String.format(format, args));
	}

}
