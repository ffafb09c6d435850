package cn.planwatch.collection.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.planwatch.collection.Breakdown;

/**
 * A realistic department task and helpers to fill its template the way a reporter would (with
 * POI, by cell address as Excel shows it). Rows of the sheet "填报":
 * <pre>
 *  5–9   C-1-03 5岁以下儿童死亡率 (rate: numerator/denominator)  合计, 女, 男, 城镇, 农村
 *  10–12 C-6-01 儿童之家数量 (count)                             合计, 城镇, 农村
 *  13    W-1-06 孕产妇系统管理率 (in %, reported as a value)      合计
 * </pre>
 */
final class Fixtures {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final SheetIndicator UNDER_FIVE_MORTALITY = new SheetIndicator("C-1-03", "5岁以下儿童死亡率", "‰",
			"每千名活产数中 5 岁以下儿童死亡人数", "5岁以下儿童死亡数", "活产数",
			List.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE, Breakdown.URBAN, Breakdown.RURAL),
			Map.of("TOTAL", new BigDecimal("4.2"), "SEX:FEMALE", new BigDecimal("3.9"), "SEX:MALE",
					new BigDecimal("4.5")));

	static final SheetIndicator CHILDREN_HOMES = new SheetIndicator("C-6-01", "儿童之家数量", "个",
			"城乡社区建成并正常运转的儿童之家个数", null, null, List.of(Breakdown.TOTAL, Breakdown.URBAN, Breakdown.RURAL),
			Map.of("TOTAL", new BigDecimal("118")));

	static final SheetIndicator MATERNAL_CARE = new SheetIndicator("W-1-06", "孕产妇系统管理率", "%",
			"按系统管理程序要求，从妊娠至产后 28 天内接受规定服务的产妇人数占活产数的比例", null, null,
			List.of(Breakdown.TOTAL), Map.of());

	static final TaskSheet TASK = new TaskSheet(42, "990100", "明川市", 2024, 7, "卫生健康局",
			List.of(UNDER_FIVE_MORTALITY, CHILDREN_HOMES, MATERNAL_CARE));

	private Fixtures() {
	}

	static byte[] template() {
		return ReportingTemplate.write(TASK);
	}

	/** The template with the sheet "填报" changed by {@code edit}. */
	static byte[] edited(Consumer<XSSFSheet> edit) {
		return editedWorkbook(workbook -> edit.accept(workbook.getSheet("填报")));
	}

	static byte[] editedWorkbook(Consumer<XSSFWorkbook> edit) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			edit.accept(workbook);
			return bytes(workbook::write);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Something POI can write: {@code workbook::write}, {@code document::write}. */
	interface Writable {

		void write(OutputStream out) throws IOException;

	}

	static byte[] bytes(Writable document) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The cell at an Excel address such as "G6", created if needed. */
	static Cell cell(XSSFSheet sheet, String address) {
		CellReference ref = new CellReference(address);
		Row row = sheet.getRow(ref.getRow());
		if (row == null) {
			row = sheet.createRow(ref.getRow());
		}
		Cell cell = row.getCell(ref.getCol());
		return cell != null ? cell : row.createCell(ref.getCol());
	}

	static void put(XSSFSheet sheet, String address, double value) {
		cell(sheet, address).setCellValue(value);
	}

	static void put(XSSFSheet sheet, String address, String value) {
		cell(sheet, address).setCellValue(value);
	}

	static ParsedUpload upload(byte[] content) {
		return ReportingUpload.read("卫生健康局2024.xlsx", content, TASK, MAX_BYTES);
	}

}
