package cn.planwatch.collection.excel;

/**
 * Something wrong in an uploaded workbook, located for the user: sheet name, 1-based row and
 * column letter (row 0 and empty column when it concerns the whole file or sheet), and what is
 * wrong in Chinese.
 */
public record UploadProblem(String sheet, int row, String column, String message) {

	/** "工作表“填报”第 5 行 E 列：…" — the way the problem is shown to the user. */
	public String describe() {
		StringBuilder where = new StringBuilder();
		if (sheet != null && !sheet.isEmpty()) {
			where.append("工作表“").append(sheet).append("”");
		}
		if (row > 0) {
			where.append("第 ").append(row).append(" 行");
		}
		if (column != null && !column.isEmpty()) {
			where.append(' ').append(column).append(" 列");
		}
		return where.isEmpty() ? message : where + "：" + message;
	}

}
