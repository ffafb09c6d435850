package cn.planwatch.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.CellInput;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Review;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.SubmissionRefusedException;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.collection.ValueConflictException;
import cn.planwatch.collection.WorkbookReporting;
import cn.planwatch.collection.WorkbookUpload;
import cn.planwatch.collection.check.Finding;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/**
 * A department's task: entering values (drafts), seeing the checks, submitting; and the
 * statistics bureau's review of it — approve, return with a reason, reopen one approved value.
 */
@Controller
class TaskController {

	private final Rounds rounds;

	private final Reporting reporting;

	private final Review review;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final Departments departments;

	private final AccessPolicy access;

	private final WorkbookReporting workbooks;

	TaskController(Rounds rounds, Reporting reporting, Review review, IndicatorCatalogue catalogue, Regions regions,
			Departments departments, AccessPolicy access, WorkbookReporting workbooks) {
		this.workbooks = workbooks;
		this.rounds = rounds;
		this.reporting = reporting;
		this.review = review;
		this.catalogue = catalogue;
		this.regions = regions;
		this.departments = departments;
		this.access = access;
	}

	@GetMapping("/tasks")
	String mine(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		if (me.departmentId() == null) {
			return "redirect:/rounds";
		}
		Department department = departments.get(me.departmentId());
		List<Task> tasks = rounds.tasksOfDepartment(department.id());
		Map<Long, Round> roundOf = new HashMap<>();
		tasks.forEach(t -> roundOf.computeIfAbsent(t.roundId(), rounds::get));
		model.addAttribute("department", department);
		model.addAttribute("tasks", tasks);
		model.addAttribute("roundOf", roundOf);
		return "tasks/mine";
	}

	@GetMapping("/tasks/{id}")
	String task(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		Task task = rounds.task(id);
		readable(me, task);
		return show(me, task, model, null, null);
	}

	@PostMapping("/tasks/{id}")
	String save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam Map<String, String> form, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Task task = rounds.task(id);
		access.requireReportingFor(me, task.departmentId(), task.departmentName());
		try {
			List<CellInput> inputs = CellForm.parse(form, reporting.cells(task), names(task));
			List<Finding> findings = reporting.save(id, inputs, me.getUsername());
			if (action.equals("submit")) {
				reporting.submit(id, me.getUsername());
				redirect.addFlashAttribute("saved", "已提交审核。统计局审核期间不能修改；如被退回，可修改后重新提交。");
				return "redirect:/tasks/" + id;
			}
			long hard = findings.stream().filter(Finding::blocks).count();
			redirect.addFlashAttribute("saved", "已保存草稿" + (findings.isEmpty() ? "，审核规则未发现问题。"
					: "：发现 " + hard + " 处错误、" + (findings.size() - hard) + " 处提醒，提交前请处理。"));
			return "redirect:/tasks/" + id;
		}
		catch (SubmissionRefusedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(me, rounds.task(id), model, ex.getMessage(), form);
		}
		catch (InvalidInputException | ValueConflictException ex) {
			response.setStatus(ex instanceof ValueConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return show(me, rounds.task(id), model, ex.getMessage(), form);
		}
	}

	@GetMapping("/tasks/{id}/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		Task task = rounds.task(id);
		readable(me, task);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(workbooks.templateFileName(id), StandardCharsets.UTF_8)
				.build()
				.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(workbooks.template(id));
	}

	@PostMapping("/tasks/{id}/upload")
	String upload(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		Task task = rounds.task(id);
		access.requireReportingFor(me, task.departmentId(), task.departmentName());
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(me, task, model, "请选择填好的 Excel 填报表（.xlsx）。", null);
		}
		try {
			WorkbookUpload result = workbooks.upload(id, file.getOriginalFilename() == null ? "上传文件" : file.getOriginalFilename(),
					file.getBytes(), me.getUsername());
			if (!result.accepted()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("uploadProblems", result.problems());
				return show(me, task, model, "“" + file.getOriginalFilename() + "”有 " + result.problems().size()
						+ " 处问题，未导入任何数据。请按下列提示修改后重新上传。", null);
			}
			long hard = result.findings().stream().filter(Finding::blocks).count();
			redirect.addFlashAttribute("saved", "已从 Excel 导入 " + result.cellsApplied() + " 项数据（草稿）"
					+ (result.findings().isEmpty() ? "，审核规则未发现问题。" : "：发现 " + hard + " 处错误、"
							+ (result.findings().size() - hard) + " 处提醒，提交前请处理。"));
			return "redirect:/tasks/" + id;
		}
		catch (InvalidInputException | ValueConflictException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(me, rounds.task(id), model, ex.getMessage(), null);
		}
	}

	@PostMapping("/tasks/{id}/approve")
	String approve(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		Task task = managed(me, id);
		review.approve(id, me.getUsername());
		redirect.addFlashAttribute("saved", "已审核通过“" + task.departmentName() + "”的数据，数据已锁定。");
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/return")
	String returnTask(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam String reason,
			RedirectAttributes redirect) {
		Task task = managed(me, id);
		review.returnTask(id, reason, me.getUsername());
		redirect.addFlashAttribute("saved", "已退回“" + task.departmentName() + "”，原因：" + reason.strip());
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/values/{valueId}/reopen")
	String reopen(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long valueId, @RequestParam long taskId,
			@RequestParam String reason, RedirectAttributes redirect) {
		managed(me, taskId);
		review.reopen(valueId, reason, me.getUsername());
		redirect.addFlashAttribute("saved", "已重新打开该数据并退回填报单位，原因：" + reason.strip());
		return "redirect:/tasks/" + taskId;
	}

	private Task managed(PlanWatchUser me, long taskId) {
		Task task = rounds.task(taskId);
		Round round = rounds.get(task.roundId());
		access.requireRoundManagement(me, regions.get(round.regionCode()));
		return task;
	}

	private void readable(PlanWatchUser me, Task task) {
		access.requireTaskRead(me, task.departmentId(), task.departmentName(), regions.get(task.regionCode()),
				regions.get(rounds.get(task.roundId()).regionCode()));
	}

	private Map<String, String> names(Task task) {
		Map<String, String> names = new LinkedHashMap<>();
		task.indicators().forEach(i -> names.put(i.code(), catalogue.get(i.code()).name()));
		return names;
	}

	private String show(PlanWatchUser me, Task task, Model model, String error, Map<String, String> posted) {
		Round round = rounds.get(task.roundId());
		Map<String, ReportedValue> current = new HashMap<>();
		reporting.values(task.id()).forEach(v -> current.put(v.indicatorCode() + "|" + v.breakdown().key(), v));
		Map<String, BigDecimal> lastYear = reporting.lastYear(task.id());
		List<TaskRow> rows = new ArrayList<>();
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		task.indicators().forEach(i -> indicators.put(i.code(), catalogue.get(i.code())));
		reporting.cells(task).forEach((code, breakdowns) -> {
			List<TaskRow.Cell> cells = new ArrayList<>();
			for (Breakdown breakdown : breakdowns) {
				String key = code + "|" + breakdown.key();
				cells.add(new TaskRow.Cell(code, breakdown, current.get(key), lastYear.get(key)));
			}
			String role = task.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().role();
			rows.add(new TaskRow(indicators.get(code), role, cells));
		});
		boolean canEdit = access.canReportFor(me, task.departmentId()) && task.status().editable() && round.open();
		model.addAttribute("task", task);
		model.addAttribute("round", round);
		model.addAttribute("region", regions.get(task.regionCode()));
		model.addAttribute("rows", rows);
		model.addAttribute("findings", reporting.check(task.id()));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("canReview", access.canRunRounds(me, regions.get(round.regionCode())));
		model.addAttribute("submitted", task.status() == TaskStatus.SUBMITTED);
		model.addAttribute("error", error);
		model.addAttribute("posted", posted == null ? Map.of() : posted);
		return "tasks/task";
	}

}
