package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.Fixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.planwatch.collection.Breakdown;

/**
 * The corpus of bad uploads, each built here from the template or from scratch: every one must be
 * refused with its own Chinese problem at the right place, and nothing half-read.
 */
class BadUploadTest {

	/** The only problem of a refused upload; fails when there is none or more than one. */
	private static UploadProblem onlyProblem(byte[] content) {
		ParsedUpload upload = Fixtures.upload(content);
		assertThat(upload.ok()).isFalse();
		assertThat(upload.cells()).isEmpty();
		assertThat(upload.problems()).hasSize(1);
		return upload.problems().get(0);
	}

	private static void assertAt(UploadProblem problem, int row, String column, String... phrases) {
		assertThat(problem.sheet()).isEqualTo("填报");
		assertThat(problem.row()).isEqualTo(row);
		assertThat(problem.column()).isEqualTo(column);
		assertThat(problem.message()).contains(phrases);
	}

	private static void assertWholeFile(UploadProblem problem, String... phrases) {
		assertThat(problem.row()).isZero();
		assertThat(problem.column()).isEmpty();
		assertThat(problem.message()).contains(phrases);
	}

	// --- not our template ---

	@Test
	void aPlainWorkbookIsNotOurTemplate() {
		XSSFWorkbook plain = new XSSFWorkbook();
		put(plain.createSheet("填报"), "A4", "指标代码");

		assertWholeFile(onlyProblem(Fixtures.bytes(plain::write)), "卫生健康局2024.xlsx", "不是本系统下载的填报模板");
	}

	@Test
	void anotherTasksTemplateNamesWhatItIsAndWhatWasExpected() {
		TaskSheet other = new TaskSheet(17, "990100", "明川市", 2023, 9, "教育局", Fixtures.TASK.indicators());

		assertWholeFile(onlyProblem(ReportingTemplate.write(other)), "这是 2023 年 明川市 教育局 的填报模板",
				"不是本任务（2024 年 明川市 卫生健康局）的");
	}

	@Test
	void aTemplateDownloadedBeforeTheTaskChangedIsOutOfDate() {
		TaskSheet before = new TaskSheet(42, "990100", "明川市", 2024, 7, "卫生健康局",
				List.of(Fixtures.UNDER_FIVE_MORTALITY, Fixtures.CHILDREN_HOMES));

		assertWholeFile(onlyProblem(ReportingTemplate.write(before)), "模板已过期", "重新下载模板");
	}

	// --- edited structure ---

	@Test
	void anEditedHeaderIsReportedInItsCell() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "G4", "分子数"));

		assertAt(onlyProblem(content), 4, "G", "表头应为“分子”", "现为“分子数”");
	}

	@Test
	void aDeletedRowIsReportedOnceWhereItWasMissing() {
		byte[] content = Fixtures.edited(sheet -> {
			sheet.removeRow(sheet.getRow(5));
			sheet.shiftRows(6, sheet.getLastRowNum(), -1);
			put(sheet, "F9", 126); // C-6-01 合计, now one row up
		});

		assertAt(onlyProblem(content), 6, "", "缺少模板第 6 行", "C-1-03", "分组“女”", "被删除");
	}

	@Test
	void anInsertedRowIsReportedOnceAndTheRowsBelowStillMatch() {
		byte[] content = Fixtures.edited(sheet -> {
			sheet.shiftRows(6, sheet.getLastRowNum(), 1);
			put(sheet, "J7", "另：流动儿童死亡 2 例");
			put(sheet, "F11", 126); // C-6-01 合计, now one row down
		});

		assertAt(onlyProblem(content), 7, "", "本行不是模板中的行", "另：流动儿童死亡 2 例", "请删除该行");
	}

	@Test
	void aChangedIndicatorCodeIsReportedInColumnA() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "A8", "C-1-99"));

		assertAt(onlyProblem(content), 8, "A", "指标代码应为“C-1-03”", "现为“C-1-99”");
	}

	@Test
	void aChangedBreakdownIsReportedInColumnC() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "C12", "乡村"));

		assertAt(onlyProblem(content), 12, "C", "分组应为“农村”", "现为“乡村”");
	}

	@Test
	void reorderedRowsAreReported() {
		byte[] content = Fixtures.edited(sheet -> {
			put(sheet, "C11", "农村");
			put(sheet, "C12", "城镇");
		});

		UploadProblem problem = onlyProblem(content);
		assertThat(problem.message()).contains("位置被移动过", "请不要移动或排序行");
		assertThat(problem.row()).isIn(11, 12);
	}

	@Test
	void aRowInsertedAboveTheHeaderIsReportedOnceAndTheDataStillLinesUp() {
		byte[] content = Fixtures.edited(sheet -> {
			sheet.shiftRows(2, sheet.getLastRowNum(), 1);
			put(sheet, "F11", 126); // C-6-01 合计, now one row down
		});

		assertAt(onlyProblem(content), 5, "", "表头应在第 4 行，现在第 5 行");
	}

	@Test
	void mergedCellsInTheDataAreaAreReported() {
		byte[] content = Fixtures.edited(sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("G6:H6")));

		assertAt(onlyProblem(content), 6, "G", "“G6:H6”是合并单元格", "取消合并");
	}

	// --- cells ---

	@Test
	void textInANumberCellIsQuotedAtItsPlace() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "G6", "三十"));

		assertAt(onlyProblem(content), 6, "G", "“三十”不是数字");
	}

	@Test
	void aFormulaInAnInputCellIsReported() {
		byte[] content = Fixtures.edited(sheet -> Fixtures.cell(sheet, "F10").setCellFormula("100+26"));

		assertAt(onlyProblem(content), 10, "F", "含公式", "请填写数值");
	}

	@Test
	void aValueTypedIntoTheComputedRateIsRefused() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "F5", 4.1));

		assertAt(onlyProblem(content), 5, "F", "由分子、分母计算");
	}

	@Test
	void aNumeratorForACountIsRefused() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "G10", 126));

		assertAt(onlyProblem(content), 10, "G", "不是比率", "F 列");
	}

	@Test
	void aPercentageIsRefusedWhereTheUnitIsNotPercent() {
		byte[] content = Fixtures.edited(sheet -> put(sheet, "F10", "85%"));

		assertAt(onlyProblem(content), 10, "F", "“85%”带有百分号", "本指标单位是“个”");
	}

	@Test
	void ambiguousCommasAndWordsForNoDataAreRefused() {
		byte[] content = Fixtures.edited(sheet -> {
			put(sheet, "G5", "1,5");
			put(sheet, "F12", "—");
			put(sheet, "H7", "3850人");
		});

		List<UploadProblem> problems = Fixtures.upload(content).problems();
		assertThat(problems).extracting(UploadProblem::row, UploadProblem::column)
			.containsExactly(tuple(5, "G"), tuple(7, "H"),
					tuple(12, "F"));
		assertThat(problems.get(0).message()).contains("逗号");
		assertThat(problems.get(1).message()).contains("不要带单位");
		assertThat(problems.get(2).message()).contains("没有数据请留空");
	}

	@Test
	void aDateIsNotANumber() {
		byte[] content = Fixtures.editedWorkbook(workbook -> {
			XSSFSheet sheet = workbook.getSheet("填报");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			Fixtures.cell(sheet, "F10").setCellStyle(date);
			put(sheet, "F10", 45296);
		});

		assertAt(onlyProblem(content), 10, "F", "是日期");
	}

	@Test
	void everyProblemOfAFileIsListedInRowOrder() {
		byte[] content = Fixtures.edited(sheet -> {
			put(sheet, "H9", "五百");
			put(sheet, "G6", "三十");
			Fixtures.cell(sheet, "F10").setCellFormula("SUM(F11:F12)");
			put(sheet, "G7", 18);
			put(sheet, "H7", 3850);
		});

		ParsedUpload upload = Fixtures.upload(content);

		assertThat(upload.cells()).isEmpty();
		assertThat(upload.problems()).extracting(UploadProblem::describe)
			.containsExactly("工作表“填报”第 6 行 G 列：“三十”不是数字，请填写阿拉伯数字。",
					"工作表“填报”第 9 行 H 列：“五百”不是数字，请填写阿拉伯数字。",
					"工作表“填报”第 10 行 F 列：" + InputCells.FORMULA);
	}

	// --- size ---

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
		byte[] template = Fixtures.template();

		ParsedUpload upload = ReportingUpload.read("大文件.xlsx", template, Fixtures.TASK, 1024);

		assertThat(upload.problems()).singleElement()
			.satisfies(p -> assertWholeFile(p, "大文件.xlsx", "超过上限 0.0 MB"));
	}

	@Test
	void aSheetWithTooManyRowsIsRefusedWithoutReadingIt() {
		byte[] content = Fixtures.edited(sheet -> {
			// a column pasted far below the table: every 50th row of 20,050 has something
			for (int row = 50; row <= 20_050; row += 50) {
				put(sheet, "J" + row, "x");
			}
		});

		UploadProblem problem = onlyProblem(content);
		assertThat(problem.message()).contains("第 20050 行仍有内容", "超过了 20000 行的上限");
	}

	@Test
	void aZipBombIsRefusedBeforePoiUnpacksIt() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 16; i++) {
				zip.write(zeros);
			}
		}
		assertThat(bytes.size()).isLessThan(100_000);

		assertWholeFile(onlyProblem(bytes.toByteArray()), "解压后超过", "压缩比异常");
	}

	// --- not an .xlsx ---

	@Test
	void randomBytesNamedXlsxAreNotAnExcelFile() {
		byte[] noise = new byte[4096];
		new Random(20240601).nextBytes(noise);
		noise[0] = 0x13;

		assertWholeFile(onlyProblem(noise), "不是 Excel（.xlsx）文件");
	}

	@Test
	void aTruncatedFileIsReportedAsIncomplete() {
		byte[] template = Fixtures.template();

		assertWholeFile(onlyProblem(Arrays.copyOf(template, template.length / 2)), "已损坏或不完整");
	}

	@Test
	void anOldXlsFileIsAskedToBeSavedAsXlsx() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("填报").createRow(0).createCell(0).setCellValue("指标代码");
			xls = Fixtures.bytes(workbook::write);
		}

		assertWholeFile(onlyProblem(xls), "Excel 97-2003 工作簿（.xls）", "另存为", ".xlsx");
	}

	@Test
	void anEncryptedWorkbookIsAskedToBeSavedWithoutPassword() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("填报");
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Fixtures.template()));
					OutputStream encrypted = encryptor.getDataStream(fs)) {
				opc.save(encrypted);
			}
			fs.writeFilesystem(out);
		}

		assertWholeFile(onlyProblem(out.toByteArray()), "设置了打开密码", "取消");
	}

	@Test
	void aPdfACsvAndAWordDocumentAreEachNamed() throws IOException {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
		byte[] csv = "指标代码,指标名称,本年数值\nC-6-01,儿童之家数量,126\n".getBytes(StandardCharsets.UTF_8);
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("填报说明");
			docx = Fixtures.bytes(document::write);
		}

		assertWholeFile(onlyProblem(pdf), "是 PDF 文件");
		assertWholeFile(onlyProblem(csv), "是文本文件（如 CSV）");
		assertWholeFile(onlyProblem(docx), "是 Word 文档（.docx）");
	}

	@Test
	void anEmptyFileIsReported() {
		assertWholeFile(onlyProblem(new byte[0]), "是空的");
	}

	@Test
	void aTaskWithManyBreakdownsStillAlignsRowByRow() {
		List<SheetIndicator> indicators = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			indicators.add(new SheetIndicator("X-" + i, "指标" + i, "人", "", null, null,
					List.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE), Map.of()));
		}
		TaskSheet task = new TaskSheet(5, "990100", "明川市", 2024, 3, "统计局", indicators);
		byte[] content;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportingTemplate.write(task)))) {
			XSSFSheet sheet = workbook.getSheet("填报");
			sheet.removeRow(sheet.getRow(20)); // row 21: X-6 女
			sheet.shiftRows(21, sheet.getLastRowNum(), -1);
			content = Fixtures.bytes(workbook::write);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}

		ParsedUpload upload = ReportingUpload.read("统计局.xlsx", content, task, Fixtures.MAX_BYTES);

		assertThat(upload.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(21);
			assertThat(p.message()).contains("缺少模板第 21 行", "X-6", "分组“女”");
		});
	}

}
