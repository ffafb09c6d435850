package cn.planwatch.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.AnnualReports;
import cn.planwatch.report.Compendiums;
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.support.PlanWatchTest;

/**
 * The annual report of one county (both plans, all charts) in Word and PDF, and a batch for the demo
 * city and its counties (annual reports of both plans in both formats, and the compendium). Prints
 * the figures; asserts nothing about time. Run with
 * {@code mvn test -Dbenchmark.exclude= -Dgroups=benchmark -Dtest=ReportBenchmark}.
 */
@PlanWatchTest
@Tag("benchmark")
class ReportBenchmark {

	static final String COUNTY = "990121";

	static final String CITY = "990100";

	static final int RUNS = 5;

	@Autowired
	AnnualReports reports;

	@Autowired
	Compendiums compendiums;

	@Autowired
	Assessments assessments;

	@Autowired
	Regions regions;

	@Test
	void annualReportsOfACountyAndACitysBatch() {
		int year = assessments.latestYear(COUNTY).orElseThrow();
		for (int i = 0; i < 2; i++) {
			countyReports(year);
		}
		List<Long> docx = new ArrayList<>();
		List<Long> pdf = new ArrayList<>();
		long docxBytes = 0;
		long pdfBytes = 0;
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			for (PlanKind kind : PlanKind.values()) {
				docxBytes = reports.docx(COUNTY, kind, year).content().length;
			}
			long between = System.nanoTime();
			for (PlanKind kind : PlanKind.values()) {
				pdfBytes = reports.pdf(COUNTY, kind, year).content().length;
			}
			docx.add((between - started) / 1_000_000);
			pdf.add((System.nanoTime() - between) / 1_000_000);
		}
		System.out.printf("BENCHMARK report: county %s both plans, Word: median %d ms, max %d ms (last file %d KB)%n", COUNTY,
				median(docx), Collections.max(docx), docxBytes / 1024);
		System.out.printf("BENCHMARK report: county %s both plans, PDF: median %d ms, max %d ms (last file %d KB)%n", COUNTY,
				median(pdf), Collections.max(pdf), pdfBytes / 1024);

		List<Region> batch = new ArrayList<>();
		batch.add(regions.get(CITY));
		batch.addAll(regions.children(CITY));
		long started = System.nanoTime();
		int files = 0;
		long bytes = 0;
		for (Region region : batch) {
			for (PlanKind kind : PlanKind.values()) {
				for (GeneratedFile file : List.of(reports.docx(region.code(), kind, year), reports.pdf(region.code(), kind, year))) {
					files++;
					bytes += file.content().length;
				}
			}
			bytes += compendiums.xlsx(region.code(), year).content().length;
			files++;
		}
		System.out.printf("BENCHMARK report: batch of %d regions (%d files, %d MB) in %d ms; peak heap %d MB%n", batch.size(),
				files, bytes / 1024 / 1024, (System.nanoTime() - started) / 1_000_000, peakHeapMb());
	}

	private void countyReports(int year) {
		for (PlanKind kind : PlanKind.values()) {
			reports.docx(COUNTY, kind, year);
			reports.pdf(COUNTY, kind, year);
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static long peakHeapMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / 1024 / 1024;
	}

}
