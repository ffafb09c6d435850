package cn.planwatch.collection;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.excel.ParsedUpload;
import cn.planwatch.collection.excel.ReportingTemplate;
import cn.planwatch.collection.excel.ReportingUpload;
import cn.planwatch.collection.excel.SheetIndicator;
import cn.planwatch.collection.excel.TaskSheet;
import cn.planwatch.collection.excel.UploadProblem;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Regions;

/**
 * The Excel route of a task: a per-department template to fill offline, and its upload — checked
 * row by row and either applied whole, as a draft, or refused with every problem listed.
 */
@Service
public class WorkbookReporting {

	/** Uploads larger than this are refused before they are opened. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private final Rounds rounds;

	private final Reporting reporting;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	WorkbookReporting(Rounds rounds, Reporting reporting, IndicatorCatalogue catalogue, Regions regions) {
		this.rounds = rounds;
		this.reporting = reporting;
		this.catalogue = catalogue;
		this.regions = regions;
	}

	public byte[] template(long taskId) {
		return ReportingTemplate.write(sheet(taskId));
	}

	public String templateFileName(long taskId) {
		Task task = rounds.task(taskId);
		return task.departmentName() + "-" + rounds.get(task.roundId()).year() + "年度监测数据填报表.xlsx";
	}

	/**
	 * Applies an uploaded template as a draft of the task. The upload stands for the whole sheet
	 * as the department has it now, so each cell is saved over the version stored at this moment.
	 */
	@Transactional
	public WorkbookUpload upload(long taskId, String fileName, byte[] content, String user) {
		TaskSheet sheet = sheet(taskId);
		ParsedUpload parsed = ReportingUpload.read(fileName, content, sheet, MAX_BYTES);
		if (!parsed.ok()) {
			return new WorkbookUpload(parsed.problems().stream().map(UploadProblem::describe).toList(), 0, List.of());
		}
		Map<String, ReportedValue> current = new HashMap<>();
		reporting.values(taskId).forEach(v -> current.put(v.indicatorCode() + "|" + v.breakdown().key(), v));
		List<CellInput> inputs = parsed.cells().stream().map(cell -> {
			ReportedValue existing = current.get(cell.indicatorCode() + "|" + cell.breakdownKey());
			return new CellInput(cell.indicatorCode(), cell.breakdownKey(), cell.value(), cell.numerator(),
					cell.denominator(), cell.source(), cell.note(), existing == null ? null : existing.explanation(),
					existing == null ? null : existing.version());
		}).toList();
		return new WorkbookUpload(List.of(), inputs.size(), reporting.save(taskId, inputs, user));
	}

	private TaskSheet sheet(long taskId) {
		Task task = rounds.task(taskId);
		Round round = rounds.get(task.roundId());
		Map<String, Map<String, BigDecimal>> lastYear = new HashMap<>();
		reporting.lastYear(taskId).forEach((key, value) -> {
			String[] parts = key.split("\\|", 2);
			lastYear.computeIfAbsent(parts[0], k -> new HashMap<>()).put(parts[1], value);
		});
		List<SheetIndicator> indicators = reporting.cells(task).entrySet().stream().map(entry -> {
			Indicator indicator = catalogue.get(entry.getKey());
			return new SheetIndicator(indicator.code(), indicator.name(), indicator.unit(), indicator.definition(),
					indicator.numeratorName(), indicator.denominatorName(), entry.getValue(),
					lastYear.getOrDefault(indicator.code(), Map.of()));
		}).toList();
		return new TaskSheet(task.id(), task.regionCode(), regions.get(task.regionCode()).name(), round.year(),
				task.departmentId(), task.departmentName(), indicators);
	}

}
