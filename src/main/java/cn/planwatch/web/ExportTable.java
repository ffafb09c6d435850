package cn.planwatch.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table of a page as an Excel workbook: a title row (saying 演示数据 where it applies), a bold,
 * frozen header row with a filter, then the rows. Numbers stay numbers; a {@link Percent} is a number
 * formatted as a percentage; everything else is text.
 */
record ExportTable(String title, List<String> headers, List<List<Object>> rows) {

	/** A share written as a percentage cell (0.815 → 81.5%). */
	record Percent(Double share) {
	}

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	byte[] toXlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName(title));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle titleStyle = workbook.createCellStyle();
			titleStyle.setFont(bold);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			headerStyle.setWrapText(true);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			sheet.createRow(0).createCell(0).setCellValue(title);
			sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
			Row header = sheet.createRow(1);
			int[] widths = new int[headers.size()];
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(headerStyle);
				widths[c] = width(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 2);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null || value instanceof Percent p && p.share() == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof Percent p) {
						cell.setCellValue(p.share());
						cell.setCellStyle(percent);
					}
					else if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
					if (c < widths.length) {
						widths[c] = Math.max(widths[c], width(value instanceof Percent ? "100.0%" : value.toString()));
					}
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, Math.min(widths[c] + 2, 60) * 256);
			}
			sheet.createFreezePane(0, 2);
			if (!headers.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(1, 1 + rows.size(), 0, headers.size() - 1));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The workbook as a download named {@code fileName}.xlsx. */
	ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName + ".xlsx", StandardCharsets.UTF_8).build().toString())
			.contentType(XLSX)
			.body(toXlsx());
	}

	/** Column width in characters; a Chinese character takes two. */
	private static int width(String text) {
		return text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
	}

	/** Excel refuses sheet names longer than 31 characters or containing []:*?/\. */
	private static String sheetName(String title) {
		String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}

}
