package cn.planwatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.evaluation.Attachment;
import cn.planwatch.evaluation.AttachmentFile;
import cn.planwatch.evaluation.Attachments;
import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.EvaluationConflictException;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.IncompleteSelfAssessmentException;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.shared.InvalidInputException;

/**
 * A department's self-assessment: reading it, saving drafts (with htmx, showing when it was saved),
 * submitting it, and attaching, downloading and deleting evidence files.
 */
@Controller
class SelfAssessmentController {

	static final String HX = "HX-Request";

	static final String PARTS = "evaluations/self-assessment-parts";

	private final SelfAssessments selfAssessments;

	private final Attachments attachments;

	private final Evaluations evaluations;

	private final SelfAssessmentPage page;

	private final AccessPolicy access;

	SelfAssessmentController(SelfAssessments selfAssessments, Attachments attachments, Evaluations evaluations,
			SelfAssessmentPage page, AccessPolicy access) {
		this.selfAssessments = selfAssessments;
		this.attachments = attachments;
		this.evaluations = evaluations;
		this.page = page;
		this.access = access;
	}

	@GetMapping("/self-assessments/{id}")
	String show(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		return page.show(me, selfAssessments.get(id), model, null, null, null);
	}

	@PostMapping("/self-assessments/{id}")
	String save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "save") String action, @RequestHeader(value = HX, required = false) String htmx,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SelfAssessment report = selfAssessments.get(id);
		access.requireSelfAssessmentEdit(me, report.departmentId(), report.departmentName());
		Draft draft = null;
		SelfAssessment saved;
		try {
			draft = SelfAssessmentForm.parse(form, page.entries(report, null).stream().map(EntryView::target).toList());
			saved = selfAssessments.saveDraft(id, draft, SelfAssessmentForm.version(form), me.getUsername());
		}
		catch (InvalidInputException | EvaluationConflictException ex) {
			response.setStatus(ex instanceof EvaluationConflictException ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			if (htmx != null) {
				response.setHeader("HX-Retarget", "#save-status");
				response.setHeader("HX-Reswap", "innerHTML");
				model.addAttribute("message", ex.getMessage());
				return PARTS + " :: saveFailed";
			}
			return page.show(me, selfAssessments.get(id), model, draft, ex.getMessage(), null);
		}
		if (action.equals("submit")) {
			try {
				selfAssessments.submit(id, saved.version(), me.getUsername());
				redirect.addFlashAttribute("saved", "自评报告已提交评估组评审。评审期间不能修改；如被退回，可修改后重新提交。");
				return "redirect:/self-assessments/" + id;
			}
			catch (IncompleteSelfAssessmentException ex) {
				response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
				return page.show(me, saved, model, null, "草稿已保存，但还不能提交：" + ex.getMessage(), ex.problems());
			}
			catch (InvalidInputException | EvaluationConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return page.show(me, selfAssessments.get(id), model, null, ex.getMessage(), null);
			}
		}
		if (htmx != null) {
			model.addAttribute("report", saved);
			return PARTS + " :: saved";
		}
		redirect.addFlashAttribute("saved", "草稿已保存。");
		return "redirect:/self-assessments/" + id;
	}

	@PostMapping("/self-assessments/{id}/attachments")
	String attach(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam long target,
			@RequestParam(required = false) MultipartFile file, @RequestHeader(value = HX, required = false) String htmx,
			Model model, RedirectAttributes redirect) throws IOException {
		SelfAssessment report = selfAssessments.get(id);
		access.requireSelfAssessmentEdit(me, report.departmentId(), report.departmentName());
		try {
			if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				throw new InvalidInputException("file", "请选择要上传的文件。");
			}
			Attachment attachment = attachments.attach(id, target, file.getOriginalFilename(), file.getContentType(),
					file.getBytes(), me.getUsername());
			redirect.addFlashAttribute("saved", "已上传“" + attachment.fileName() + "”（" + attachment.sizeLabel() + "）。");
		}
		catch (InvalidInputException ex) {
			if (htmx != null) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return htmx == null ? "redirect:/self-assessments/" + id + "#entry-" + target : attachmentList(me, id, target, model);
	}

	@GetMapping("/evaluation-attachments/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		Attachment attachment = attachments.get(id);
		page.readable(me, selfAssessments.ofAttachment(attachment));
		AttachmentFile file = attachments.file(id);
		MediaType type;
		try {
			type = MediaType.parseMediaType(attachment.contentType());
		}
		catch (InvalidMediaTypeException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(type)
			.body(file.content());
	}

	@PostMapping("/evaluation-attachments/{id}/delete")
	String delete(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestHeader(value = HX, required = false) String htmx, Model model, RedirectAttributes redirect) {
		Attachment attachment = attachments.get(id);
		SelfAssessment report = selfAssessments.ofAttachment(attachment);
		access.requireSelfAssessmentEdit(me, report.departmentId(), report.departmentName());
		long target = report.entries().stream().filter(e -> e.id() == attachment.entryId()).findFirst().orElseThrow().targetId();
		attachments.delete(id, me.getUsername());
		if (htmx != null) {
			return attachmentList(me, report.id(), target, model);
		}
		redirect.addFlashAttribute("saved", "已删除“" + attachment.fileName() + "”。");
		return "redirect:/self-assessments/" + report.id() + "#entry-" + target;
	}

	/** The attachment list of one entry, as htmx swaps it in after an upload or a deletion. */
	private String attachmentList(PlanWatchUser me, long id, long targetId, Model model) {
		SelfAssessment report = selfAssessments.get(id);
		List<EntryView> entries = page.entries(report, null);
		model.addAttribute("view", entries.stream().filter(v -> v.target().id() == targetId).findFirst().orElseThrow());
		model.addAttribute("canEdit", page.editable(me, report, evaluations.get(report.evaluationId())));
		return PARTS + " :: attachmentList";
	}

}
