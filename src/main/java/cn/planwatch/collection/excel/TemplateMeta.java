package cn.planwatch.collection.excel;

import static cn.planwatch.collection.excel.TemplateLayout.META_CHECKSUM;
import static cn.planwatch.collection.excel.TemplateLayout.META_DEPARTMENT;
import static cn.planwatch.collection.excel.TemplateLayout.META_DEPARTMENT_NAME;
import static cn.planwatch.collection.excel.TemplateLayout.META_FORMAT;
import static cn.planwatch.collection.excel.TemplateLayout.META_REGION_CODE;
import static cn.planwatch.collection.excel.TemplateLayout.META_REGION_NAME;
import static cn.planwatch.collection.excel.TemplateLayout.META_ROWS;
import static cn.planwatch.collection.excel.TemplateLayout.META_TASK;
import static cn.planwatch.collection.excel.TemplateLayout.META_YEAR;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the hidden "_meta" sheet records about a template: its format, the task, round and
 * department it was made for, and a checksum of its structure. Written as key/value rows, all
 * values as text.
 */
record TemplateMeta(String format, String taskId, String year, String regionCode, String regionName,
		String departmentId, String departmentName, String checksum, String rows) {

	static TemplateMeta of(TaskSheet sheet) {
		return new TemplateMeta(TemplateLayout.FORMAT_MARKER, Long.toString(sheet.taskId()),
				Integer.toString(sheet.year()), sheet.regionCode(), sheet.regionName(),
				Long.toString(sheet.departmentId()), sheet.departmentName(), TemplateLayout.checksum(sheet),
				Integer.toString(TemplateLayout.lines(sheet).size()));
	}

	static TemplateMeta from(Map<String, String> values) {
		return new TemplateMeta(values.get(META_FORMAT), values.get(META_TASK), values.get(META_YEAR),
				values.get(META_REGION_CODE), values.get(META_REGION_NAME), values.get(META_DEPARTMENT),
				values.get(META_DEPARTMENT_NAME), values.get(META_CHECKSUM), values.get(META_ROWS));
	}

	Map<String, String> entries() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(META_FORMAT, format);
		entries.put(META_TASK, taskId);
		entries.put(META_YEAR, year);
		entries.put(META_REGION_CODE, regionCode);
		entries.put(META_REGION_NAME, regionName);
		entries.put(META_DEPARTMENT, departmentId);
		entries.put(META_DEPARTMENT_NAME, departmentName);
		entries.put(META_CHECKSUM, checksum);
		entries.put(META_ROWS, rows);
		return entries;
	}

	/** Same task, round and department (the structure is compared separately). */
	boolean sameTask(TemplateMeta other) {
		return Objects.equals(taskId, other.taskId) && Objects.equals(year, other.year)
				&& Objects.equals(regionCode, other.regionCode) && Objects.equals(departmentId, other.departmentId);
	}

	/** "2023 年 明川市 卫生健康局" — how the user recognises a template. */
	String describe() {
		return orQuestion(year) + " 年 " + orQuestion(regionName) + " " + orQuestion(departmentName);
	}

	private static String orQuestion(String value) {
		return value == null || value.isBlank() ? "？" : value;
	}

}
