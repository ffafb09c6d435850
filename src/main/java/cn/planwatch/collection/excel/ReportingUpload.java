package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.TemplateLayout.DATA_SHEET;
import static cn.planwatch.collection.excel.TemplateLayout.FIRST_DATA_ROW;
import static cn.planwatch.collection.excel.TemplateLayout.META_SHEET;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.planwatch.collection.excel.SheetContent.SheetRow;
import cn.planwatch.collection.excel.SheetXmlReader.RowLimitExceeded;

/**
 * Reads a filled reporting template back and checks its structure: that it is an .xlsx at all,
 * of sensible size, made by {@link ReportingTemplate} for this very task, with its header, rows
 * and cells as the template has them and numbers where numbers belong. Every problem is
 * collected with its place and a Chinese sentence saying what to do; when there is any, no cell
 * is returned. Values are not judged here (negative numbers, ranges): the data checks do that.
 * Never throws for bad input.
 */
public final class ReportingUpload {

	/** Rows a sheet may have at least; a bigger task gets room for its rows plus a margin. */
	static final int MAX_ROWS = 20_000;

	private static final int TEMPLATE_COLUMNS = TemplateLayout.HEADERS.size();

	private final String file;

	private final TaskSheet expected;

	private final UploadProblems problems = new UploadProblems();

	private ReportingUpload(String fileName, TaskSheet expected) {
		this.file = fileName == null || fileName.isBlank() ? "上传的文件" : fileName.trim();
		this.expected = Objects.requireNonNull(expected, "expected");
	}

	/**
	 * @param fileName as uploaded, used in messages only (the content decides what the file is)
	 * @param maxBytes larger uploads are refused before anything is parsed
	 */
	public static ParsedUpload read(String fileName, byte[] content, TaskSheet expected, long maxBytes) {
		ReportingUpload upload = new ReportingUpload(fileName, expected);
		List<UploadedCell> cells = upload.read(content, maxBytes);
		return upload.problems.isEmpty() ? new ParsedUpload(cells, List.of())
				: new ParsedUpload(List.of(), upload.problems.list());
	}

	private List<UploadedCell> read(byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			problems.file("文件“" + file + "”是空的（0 字节），请重新选择填好的模板上传。");
			return List.of();
		}
		if (content.length > maxBytes) {
			problems.file("文件“" + file + "”有 " + megabytes(content.length) + "，超过上限 " + megabytes(maxBytes)
					+ "。填报模板通常只有几百 KB，请确认上传的是本系统下载的模板，并删除表中多余的内容。");
			return List.of();
		}
		Optional<String> refused = FormatCheck.problem(file, content).or(() -> ZipInspection.problem(file, content));
		if (refused.isPresent()) {
			problems.file(refused.get());
			return List.of();
		}
		WorkbookParts workbook;
		try {
			workbook = WorkbookParts.open(content);
		}
		catch (Exception e) {
			problems.file("文件“" + file + "”" + ZipInspection.CORRUPT);
			return List.of();
		}
		try (workbook) {
			return read(workbook);
		}
	}

	private List<UploadedCell> read(WorkbookParts workbook) {
		if (!isOurs(workbook)) {
			return List.of();
		}
		int rowLimit = Math.max(MAX_ROWS, FIRST_DATA_ROW + TemplateLayout.lines(expected).size() + 1000);
		SheetContent data;
		try {
			Optional<SheetContent> sheet = workbook.sheet(DATA_SHEET, rowLimit, TEMPLATE_COLUMNS);
			if (sheet.isEmpty()) {
				problems.file("文件“" + file + "”中找不到工作表“" + DATA_SHEET + "”：请不要删除或重命名工作表，可重新下载模板填报。");
				return List.of();
			}
			data = sheet.get();
		}
		catch (RowLimitExceeded e) {
			problems.sheet(DATA_SHEET, "第 " + e.row + " 行仍有内容，超过了 " + rowLimit + " 行的上限（本模板只有 "
					+ TemplateLayout.lines(expected).size() + " 行数据）：请删除表格下方多余的行后重新上传。");
			return List.of();
		}
		catch (Exception e) {
			problems.sheet(DATA_SHEET, "工作表内容已损坏，无法读取。请在 Excel 或 WPS 中重新保存后上传；若仍不行，请重新下载模板填报。");
			return List.of();
		}
		return new DataSheetCheck(expected, workbook.formats(), problems).check(data);
	}

	/** The hidden "_meta" sheet says this is our template, for this task, with this structure. */
	private boolean isOurs(WorkbookParts workbook) {
		String notOurs = "文件“" + file + "”不是本系统下载的填报模板（缺少模板标识）。请在系统中下载本任务的填报模板，填报后上传。";
		Optional<SheetContent> sheet;
		try {
			sheet = workbook.sheet(META_SHEET, 100, 2);
		}
		catch (Exception e) {
			sheet = Optional.empty();
		}
		if (sheet.isEmpty()) {
			problems.file(notOurs);
			return false;
		}
		Map<String, String> values = new HashMap<>();
		for (SheetRow row : sheet.get().rows().values()) {
			values.put(row.shown(0), row.shown(1));
		}
		TemplateMeta found = TemplateMeta.from(values);
		TemplateMeta wanted = TemplateMeta.of(expected);
		if (found.format() == null || !found.format().startsWith(TemplateLayout.FORMAT_PREFIX)) {
			problems.file(notOurs);
			return false;
		}
		if (!found.format().equals(wanted.format())) {
			problems.file("文件“" + file + "”是旧版本的填报模板，已不能使用。请重新下载本任务的模板，把数据填入新模板后上传。");
			return false;
		}
		if (!found.sameTask(wanted)) {
			String which = found.describe().equals(wanted.describe())
					? "（模板任务编号 " + found.taskId() + "，本任务编号 " + wanted.taskId() + "）" : "";
			problems.file("这是 " + found.describe() + " 的填报模板，不是本任务（" + wanted.describe() + "）的" + which
					+ "。请下载本任务的模板填报后上传。");
			return false;
		}
		if (!Objects.equals(found.checksum(), wanted.checksum())) {
			problems.file("文件“" + file + "”的模板已过期：下载模板后，本任务的指标或分组有调整。请重新下载模板，把数据填入新模板后上传。");
			return false;
		}
		return true;
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
