package cn.planwatch.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.excel.ParsedUpload;
import cn.planwatch.collection.excel.ReportingTemplate;
import cn.planwatch.collection.excel.ReportingUpload;
import cn.planwatch.collection.excel.SheetIndicator;
import cn.planwatch.collection.excel.TaskSheet;

/**
 * Times {@link ReportingUpload#read} on a large department workbook: 1,000 indicators × 5
 * breakdowns = 5,000 rows, half rates (numerator and denominator filled) and half counts (value
 * filled), every source and note filled. Run with {@code mvn -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=cn.planwatch.benchmark.UploadBenchmark}.
 */
public final class UploadBenchmark {

	private static final int INDICATORS = 1_000;

	private static final int WARM_UP = 5;

	private static final int RUNS = 10;

	private static final int WRITES = 5;

	private static final List<Breakdown> BREAKDOWNS = List.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE,
			Breakdown.URBAN, Breakdown.RURAL);

	private UploadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		TaskSheet task = task();
		long start = System.nanoTime();
		byte[] template = ReportingTemplate.write(task);
		long cold = System.nanoTime() - start;
		long[] writes = new long[WRITES];
		for (int i = 0; i < WRITES; i++) {
			long begin = System.nanoTime();
			ReportingTemplate.write(task);
			writes[i] = System.nanoTime() - begin;
		}
		Arrays.sort(writes);
		byte[] filled = fill(template);

		for (int i = 0; i < WARM_UP; i++) {
			check(ReportingUpload.read("benchmark.xlsx", filled, task, 50L * 1024 * 1024));
		}
		long[] nanos = new long[RUNS];
		ParsedUpload upload = null;
		for (int i = 0; i < RUNS; i++) {
			long begin = System.nanoTime();
			upload = ReportingUpload.read("benchmark.xlsx", filled, task, 50L * 1024 * 1024);
			nanos[i] = System.nanoTime() - begin;
		}
		check(upload);
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT, "rows %d: template %.0f KB, written in %.0f ms cold, median %.0f ms of %d;"
				+ " filled %.0f KB%n", INDICATORS * BREAKDOWNS.size(), template.length / 1024.0, cold / 1e6,
				writes[WRITES / 2] / 1e6, WRITES, filled.length / 1024.0);
		System.out.printf(Locale.ROOT, "read: %d cells, median %.1f ms, min %.1f ms, max %.1f ms"
				+ " (%d runs after %d warm-up)%n", upload.cells().size(), nanos[RUNS / 2] / 1e6, nanos[0] / 1e6,
				nanos[RUNS - 1] / 1e6, RUNS, WARM_UP);
	}

	private static TaskSheet task() {
		List<SheetIndicator> indicators = new ArrayList<>();
		for (int i = 1; i <= INDICATORS; i++) {
			boolean rate = i % 2 == 1;
			indicators.add(new SheetIndicator(String.format(Locale.ROOT, "B-%04d", i), "基准指标" + i, rate ? "%" : "人",
					"基准测试用口径说明", rate ? "分子" + i : null, rate ? "分母" + i : null, BREAKDOWNS,
					Map.of("TOTAL", BigDecimal.valueOf(i))));
		}
		return new TaskSheet(1, "990100", "明川市", 2024, 1, "卫生健康局", indicators);
	}

	/** Every input cell filled, as a reporter would: numbers in the number columns, text in source and note. */
	private static byte[] fill(byte[] template) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.getSheet("填报");
			for (int r = 4; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				boolean rate = row.getCell(6).getCellStyle().getLocked() == Boolean.FALSE;
				if (rate) {
					row.getCell(6).setCellValue(r % 97);
					row.getCell(7).setCellValue(1000 + r);
				}
				else {
					row.getCell(5).setCellValue(r * 1.5);
				}
				row.getCell(8).setCellValue("统计年报");
				row.getCell(9).setCellValue("第 " + (r + 1) + " 行说明");
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void check(ParsedUpload upload) {
		if (!upload.ok() || upload.cells().size() != INDICATORS * BREAKDOWNS.size()) {
			throw new IllegalStateException("Unexpected result: " + upload.problems());
		}
	}

}
