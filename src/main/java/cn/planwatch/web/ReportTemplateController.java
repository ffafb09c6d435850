package cn.planwatch.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.report.ReportTemplates;
import cn.planwatch.report.wording.ReportKind;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * The wording templates of the reports: read them, download them to edit in Notepad, upload or paste
 * a changed version (checked before it is saved), or go back to the default. Templates apply to all
 * regions, so the same people who set the assessment rules edit them.
 */
@Controller
class ReportTemplateController {

	private final ReportTemplates templates;

	private final AccessPolicy access;

	ReportTemplateController(ReportTemplates templates, AccessPolicy access) {
		this.templates = templates;
		this.access = access;
	}

	@GetMapping("/report-templates")
	String list(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("templates", templates);
		model.addAttribute("canEdit", access.canEditAssessmentSettings(me));
		return "reports/templates";
	}

	@GetMapping("/report-templates/{kind}")
	String show(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String kind, Model model) {
		ReportKind reportKind = kind(kind);
		model.addAttribute("kind", reportKind);
		model.addAttribute("text", templates.text(reportKind));
		model.addAttribute("customised", templates.isCustomised(reportKind));
		model.addAttribute("canEdit", access.canEditAssessmentSettings(me));
		return "reports/template";
	}

	@GetMapping("/report-templates/{kind}/download")
	ResponseEntity<byte[]> download(@PathVariable String kind) {
		ReportKind reportKind = kind(kind);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(reportKind.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(templates.text(reportKind).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/report-templates/{kind}")
	String save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String kind,
			@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect, Model model) {
		ReportKind reportKind = kind(kind);
		requireEdit(me);
		String content = file != null && !file.isEmpty() ? decode(file) : text;
		try {
			templates.save(reportKind, content, me.getUsername());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("kind", reportKind);
			model.addAttribute("text", content);
			model.addAttribute("customised", templates.isCustomised(reportKind));
			model.addAttribute("canEdit", true);
			model.addAttribute("problems", ex.getMessage());
			return "reports/template";
		}
		redirect.addFlashAttribute("saved", "模板已保存，此后生成的“" + reportKind.title() + "”使用新的措辞。");
		return "redirect:/report-templates/" + kind;
	}

	@PostMapping("/report-templates/{kind}/reset")
	String reset(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String kind, RedirectAttributes redirect) {
		ReportKind reportKind = kind(kind);
		requireEdit(me);
		templates.reset(reportKind);
		redirect.addFlashAttribute("saved", "已恢复系统默认模板。");
		return "redirect:/report-templates/" + kind;
	}

	private void requireEdit(PlanWatchUser me) {
		if (!access.canEditAssessmentSettings(me)) {
			throw new AccessDeniedException("无权修改报告模板：模板适用于全部地区，只有系统管理员和最上级妇儿工委办公室可以修改。");
		}
	}

	/** An uploaded template: UTF-8 (with or without BOM), else GB18030 as older Notepad saves it. */
	private static String decode(MultipartFile file) {
		try {
			byte[] bytes = file.getBytes();
			var utf8 = StandardCharsets.UTF_8.newDecoder();
			try {
				return utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
			}
		}
		catch (java.io.IOException ex) {
			throw new InvalidInputException("file", "无法读取上传的文件“" + file.getOriginalFilename() + "”。");
		}
	}

	private static ReportKind kind(String kind) {
		try {
			return ReportKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("没有“" + kind + "”这种报告模板。");
		}
	}

}
