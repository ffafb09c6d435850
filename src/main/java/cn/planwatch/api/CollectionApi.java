package cn.planwatch.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.api.CollectionDtos.AuditDto;
import cn.planwatch.api.CollectionDtos.CellDto;
import cn.planwatch.api.CollectionDtos.FindingDto;
import cn.planwatch.api.CollectionDtos.ReasonDto;
import cn.planwatch.api.CollectionDtos.RoundDto;
import cn.planwatch.api.CollectionDtos.SaveResultDto;
import cn.planwatch.api.CollectionDtos.TaskDto;
import cn.planwatch.api.CollectionDtos.TaskIndicatorDto;
import cn.planwatch.api.CollectionDtos.ValueDto;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.CellInput;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Review;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.SubmissionRefusedException;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.ValueConflictException;
import cn.planwatch.collection.check.Finding;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The monitoring round over the API, so a department's own system can report its values: the
 * same operations and the same role and scope rules as the web pages. Authenticate with the
 * browser session or a personal token ({@code Authorization: Bearer pw_…}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "年度监测", description = "监测轮次、填报任务、数据填报与审核")
class CollectionApi {

	private final Rounds rounds;

	private final Reporting reporting;

	private final Review review;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final AccessPolicy access;

	CollectionApi(Rounds rounds, Reporting reporting, Review review, IndicatorCatalogue catalogue, Regions regions,
			AccessPolicy access) {
		this.rounds = rounds;
		this.reporting = reporting;
		this.review = review;
		this.catalogue = catalogue;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/rounds")
	@Operation(summary = "调用者可查看的监测轮次")
	List<RoundDto> rounds(@AuthenticationPrincipal PlanWatchUser me) {
		List<String> codes = access.visibleRegions(me)
			.stream()
			.filter(r -> access.canReadRounds(me, r))
			.map(Region::code)
			.toList();
		return rounds.ofRegions(codes).stream().map(CollectionApi::round).toList();
	}

	@GetMapping("/tasks")
	@Operation(summary = "填报任务", description = "填报员：本单位的任务；统计局等：用 round 参数列出某轮次的全部任务。")
	List<TaskDto> tasks(@AuthenticationPrincipal PlanWatchUser me, @RequestParam(required = false) Long round) {
		if (round == null) {
			if (me.departmentId() == null) {
				return List.of();
			}
			return rounds.tasksOfDepartment(me.departmentId()).stream().map(t -> task(t, false)).toList();
		}
		Round found = rounds.get(round);
		Region region = regions.get(found.regionCode());
		if (!access.canReadRounds(me, region)) {
			throw new AccessDeniedException("无权查看地区“" + region.name() + "”的监测任务。");
		}
		return rounds.tasks(round).stream().map(t -> task(t, false)).toList();
	}

	@GetMapping("/tasks/{id}")
	@Operation(summary = "一项填报任务及其数据")
	TaskDto task(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		Task task = rounds.task(id);
		readable(me, task);
		return task(task, true);
	}

	@PutMapping("/tasks/{id}/values")
	@Operation(summary = "保存数据（草稿）", description = "修改已有数据时带回其 version；他人已修改时返回 409。返回审核规则的检查结果。")
	SaveResultDto save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestBody List<CellDto> cells) {
		Task task = rounds.task(id);
		access.requireReportingFor(me, task.departmentId(), task.departmentName());
		List<CellInput> inputs = cells.stream()
			.map(c -> new CellInput(c.indicatorCode(), c.breakdown() == null ? "TOTAL" : c.breakdown(), c.value(),
					c.numerator(), c.denominator(), c.source(), c.note(), c.explanation(), c.version()))
			.toList();
		List<Finding> findings = reporting.save(id, inputs, me.getUsername());
		return new SaveResultDto(findings.stream().map(CollectionApi::finding).toList(),
				reporting.values(id).stream().map(CollectionApi::value).toList());
	}

	@PostMapping("/tasks/{id}/submit")
	@Operation(summary = "提交审核", description = "有错误或未说明的提醒时返回 422 及问题列表。")
	TaskDto submit(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		Task task = rounds.task(id);
		access.requireReportingFor(me, task.departmentId(), task.departmentName());
		reporting.submit(id, me.getUsername());
		return task(rounds.task(id), true);
	}

	@PostMapping("/tasks/{id}/approve")
	@Operation(summary = "审核通过（统计局）")
	TaskDto approve(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		managed(me, id);
		review.approve(id, me.getUsername());
		return task(rounds.task(id), true);
	}

	@PostMapping("/tasks/{id}/return")
	@Operation(summary = "退回修改（统计局），须写明原因")
	TaskDto returnTask(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestBody ReasonDto body) {
		managed(me, id);
		review.returnTask(id, body.reason(), me.getUsername());
		return task(rounds.task(id), true);
	}

	@GetMapping("/values/{id}/history")
	@Operation(summary = "一项数据的修改记录")
	List<AuditDto> history(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		ReportedValue value = reporting.value(id);
		access.requireValueRead(me, value.departmentId(), regions.get(value.regionCode()));
		return review.history(id)
			.stream()
			.map(a -> new AuditDto(a.at(), a.byUser(), a.action(), a.oldValue(), a.oldNumerator(), a.oldDenominator(),
					a.newValue(), a.newNumerator(), a.newDenominator(), a.oldStatus(), a.newStatus(), a.reason()))
			.toList();
	}

	@ExceptionHandler(ValueConflictException.class)
	ProblemDetail conflict(ValueConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("数据已被他人修改");
		return problem;
	}

	@ExceptionHandler(SubmissionRefusedException.class)
	ProblemDetail refused(SubmissionRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setTitle("不能提交");
		problem.setProperty("findings", ex.findings().stream().map(CollectionApi::finding).toList());
		return problem;
	}

	private void readable(PlanWatchUser me, Task task) {
		access.requireTaskRead(me, task.departmentId(), task.departmentName(), regions.get(task.regionCode()),
				regions.get(rounds.get(task.roundId()).regionCode()));
	}

	private void managed(PlanWatchUser me, long taskId) {
		Task task = rounds.task(taskId);
		access.requireRoundManagement(me, regions.get(rounds.get(task.roundId()).regionCode()));
	}

	private TaskDto task(Task task, boolean withValues) {
		Round round = rounds.get(task.roundId());
		var cells = reporting.cells(task);
		List<TaskIndicatorDto> indicators = task.indicators().stream().map(i -> {
			Indicator indicator = catalogue.get(i.code());
			return new TaskIndicatorDto(i.code(), indicator.name(), indicator.unit(), i.role(), indicator.isRatio(),
					indicator.numeratorName(), indicator.denominatorName(),
					cells.get(i.code()).stream().map(Breakdown::key).toList());
		}).toList();
		return new TaskDto(task.id(), task.roundId(), round.year(), task.departmentId(), task.departmentName(),
				task.regionCode(), task.status().name(), task.returnReason(), indicators,
				withValues ? reporting.values(task.id()).stream().map(CollectionApi::value).toList() : List.of());
	}

	private static RoundDto round(Round round) {
		return new RoundDto(round.id(), round.regionCode(), round.year(), round.deadline(), round.open(), round.note());
	}

	private static ValueDto value(ReportedValue v) {
		return new ValueDto(v.id(), v.indicatorCode(), v.breakdown().key(), v.value(), v.numerator(), v.denominator(),
				v.source(), v.note(), v.explanation(), v.status().name(), v.origin(), v.version(), v.updatedBy(),
				v.updatedAt());
	}

	private static FindingDto finding(Finding f) {
		return new FindingDto(f.rule().name(), f.severity().name(), f.indicatorCode(), f.breakdown().key(), f.message());
	}

}
