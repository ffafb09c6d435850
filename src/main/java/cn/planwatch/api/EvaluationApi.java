package cn.planwatch.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
import cn.planwatch.api.EvaluationDtos.AttachmentDto;
import cn.planwatch.api.EvaluationDtos.DepartmentStatusDto;
import cn.planwatch.api.EvaluationDtos.EntryDto;
import cn.planwatch.api.EvaluationDtos.EntryInputDto;
import cn.planwatch.api.EvaluationDtos.EvaluationDto;
import cn.planwatch.api.EvaluationDtos.SelfAssessmentDto;
import cn.planwatch.api.EvaluationDtos.SelfAssessmentInputDto;
import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.EvaluatedTarget;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationConflictException;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.IncompleteSelfAssessmentException;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Mid-term and final evaluations over the API: the evaluations of a region with each department's
 * status, and a department's self-assessment — read, saved with its version (409 when someone else
 * changed it), submitted (422 with the missing pieces). The same rules as the web pages: a
 * department's reporter reaches only its own self-assessment.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "评估", description = "中期评估、终期评估与成员单位自评报告")
class EvaluationApi {

	private final Evaluations evaluations;

	private final SelfAssessments selfAssessments;

	private final Regions regions;

	private final AccessPolicy access;

	EvaluationApi(Evaluations evaluations, SelfAssessments selfAssessments, Regions regions, AccessPolicy access) {
		this.evaluations = evaluations;
		this.selfAssessments = selfAssessments;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/evaluations")
	@Operation(summary = "地区的评估", description = "不给 region 时列出调用者可查看的全部地区的评估。部门填报员请用 /self-assessments。")
	List<EvaluationDto> evaluations(@AuthenticationPrincipal PlanWatchUser me,
			@Parameter(description = "地区代码，如 990121") @RequestParam(required = false) String region) {
		List<String> codes;
		if (region == null) {
			codes = access.visibleRegions(me).stream().filter(r -> access.canReadEvaluations(me, r)).map(Region::code).toList();
		}
		else {
			Region found = regions.get(region);
			access.requireEvaluationRead(me, found);
			codes = List.of(found.code());
		}
		return evaluations.ofRegions(codes).stream().map(e -> evaluation(e, null)).toList();
	}

	@GetMapping("/evaluations/{id}")
	@Operation(summary = "一项评估及各牵头单位的自评情况")
	EvaluationDto evaluation(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		Evaluation evaluation = evaluations.get(id);
		access.requireEvaluationRead(me, regions.get(evaluation.regionCode()));
		return evaluation(evaluation, selfAssessments.ofEvaluation(id)
			.stream()
			.map(s -> new DepartmentStatusDto(s.id(), s.departmentId(), s.departmentName(), s.status().name(),
					s.status().label(), s.filledEntries(), s.entries().size(), s.score(),
					s.submitted() == null ? null : s.submitted().at()))
			.toList());
	}

	@GetMapping("/self-assessments")
	@Operation(summary = "本单位的自评报告", description = "部门填报员：本单位在各项评估中的自评报告；其他角色为空列表。")
	List<SelfAssessmentDto> mine(@AuthenticationPrincipal PlanWatchUser me) {
		if (me.departmentId() == null) {
			return List.of();
		}
		return selfAssessments.ofDepartment(me.departmentId()).stream().map(this::selfAssessment).toList();
	}

	@GetMapping("/self-assessments/{id}")
	@Operation(summary = "一份自评报告", description = "本单位填报员，或可查看该评估的用户。")
	SelfAssessmentDto selfAssessment(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		SelfAssessment report = selfAssessments.get(id);
		readable(me, report);
		return selfAssessment(report);
	}

	@PutMapping("/self-assessments/{id}")
	@Operation(summary = "保存自评报告（草稿）", description = "带回读取时的 version；他人已修改时返回 409。只修改列出的条目。")
	SelfAssessmentDto save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestBody SelfAssessmentInputDto body) {
		SelfAssessment report = selfAssessments.get(id);
		access.requireSelfAssessmentEdit(me, report.departmentId(), report.departmentName());
		if (body.version() == null) {
			throw new InvalidInputException("version", "请带回读取自评报告时的版本号（version），以免覆盖他人的修改。");
		}
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluations.get(report.evaluationId()));
		List<Draft.EntryDraft> entries = (body.entries() == null ? List.<EntryInputDto>of() : body.entries()).stream()
			.map(e -> new Draft.EntryDraft(e.targetId(), conclusion(e, targets.get(e.targetId())), e.progress(),
					e.measures(), e.problems(), e.nextSteps()))
			.toList();
		return selfAssessment(selfAssessments.saveDraft(id, new Draft(body.summary(), entries), body.version(),
				me.getUsername()));
	}

	@PostMapping("/self-assessments/{id}/submit")
	@Operation(summary = "提交自评报告", description = "每个目标都须有自评结论和完成情况，否则返回 422 及缺项（problems）。"
			+ "可带 version；不带时以当前版本提交。")
	SelfAssessmentDto submit(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam(required = false) Integer version) {
		SelfAssessment report = selfAssessments.get(id);
		access.requireSelfAssessmentEdit(me, report.departmentId(), report.departmentName());
		return selfAssessment(selfAssessments.submit(id, version == null ? report.version() : version, me.getUsername()));
	}

	@ExceptionHandler(EvaluationConflictException.class)
	ProblemDetail conflict(EvaluationConflictException ex) {
		return ApiErrorAdvice.problem(HttpStatus.CONFLICT, "自评报告已被他人修改", ex.getMessage());
	}

	@ExceptionHandler(IncompleteSelfAssessmentException.class)
	ProblemDetail incomplete(IncompleteSelfAssessmentException ex) {
		ProblemDetail problem = ApiErrorAdvice.problem(HttpStatus.UNPROCESSABLE_ENTITY, "自评报告尚不完整", ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	private void readable(PlanWatchUser me, SelfAssessment report) {
		access.requireSelfAssessmentRead(me, report.departmentId(), report.departmentName(),
				regions.get(evaluations.get(report.evaluationId()).regionCode()));
	}

	private static Conclusion conclusion(EntryInputDto entry, EvaluatedTarget target) {
		if (entry.conclusion() == null || entry.conclusion().isBlank()) {
			return null;
		}
		try {
			return Conclusion.valueOf(entry.conclusion().strip());
		}
		catch (IllegalArgumentException ex) {
			String where = target == null ? "目标（编号 " + entry.targetId() + "）" : target.label();
			throw new InvalidInputException("conclusion", where + "的自评结论“" + entry.conclusion()
					+ "”无效，应为 ACHIEVED、MOSTLY_ACHIEVED、NOT_ACHIEVED 或 CANNOT_ASSESS。");
		}
	}

	private static EvaluationDto evaluation(Evaluation e, List<DepartmentStatusDto> departments) {
		return new EvaluationDto(e.id(), e.planId(), e.planTitle(), e.regionCode(), e.kind().name(), e.assessmentYear(),
				e.deadline(), e.status().name(), e.status().label(), e.note(), e.returnReason(), e.opened().by(),
				e.opened().at(), departments);
	}

	private SelfAssessmentDto selfAssessment(SelfAssessment s) {
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluations.get(s.evaluationId()));
		List<EntryDto> entries = s.entries().stream().map(e -> {
			EvaluatedTarget t = targets.get(e.targetId());
			return new EntryDto(e.targetId(), t.target().indicatorCode(), t.target().indicatorName(), t.areaName(),
					t.goalNumber(), t.target().direction().name(), t.target().value(), t.target().unit(),
					e.conclusion() == null ? null : e.conclusion().name(), e.progress(), e.measures(), e.problems(),
					e.nextSteps(), e.score(), e.reviewComment(),
					e.attachments().stream().map(a -> new AttachmentDto(a.id(), a.fileName(), a.contentType(), a.size())).toList());
		}).toList();
		return new SelfAssessmentDto(s.id(), s.evaluationId(), s.departmentId(), s.departmentName(), s.status().name(),
				s.summary(), s.returnReason(), s.score(), s.reviewComment(), s.version(), s.updatedBy(), s.updatedAt(),
				entries);
	}

}
