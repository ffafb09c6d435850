package cn.planwatch.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationStatus;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.EvaluationReports;
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.report.PublicationKind;
import cn.planwatch.report.Publications;
import cn.planwatch.shared.InvalidInputException;

/** The evaluation report of a mid-term or final evaluation: drafted any time, published once approved. */
@Controller
class EvaluationReportController {

	private final EvaluationReports reports;

	private final Evaluations evaluations;

	private final Publications publications;

	private final Regions regions;

	private final AccessPolicy access;

	EvaluationReportController(EvaluationReports reports, Evaluations evaluations, Publications publications,
			Regions regions, AccessPolicy access) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.publications = publications;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/evaluations/{id}/report")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam(defaultValue = "docx") String format) {
		Evaluation evaluation = evaluations.get(id);
		access.requireEvaluationRead(me, regions.get(evaluation.regionCode()));
		return ReportController.download(file(id, format));
	}

	@PostMapping("/evaluations/{id}/publish")
	String publish(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		Evaluation evaluation = evaluations.get(id);
		Region region = regions.get(evaluation.regionCode());
		access.requireEvaluationManagement(me, region);
		if (evaluation.status() != EvaluationStatus.APPROVED) {
			throw new InvalidInputException("status", "评估报告须经领导小组审定后才能公开。");
		}
		GeneratedFile file = reports.pdf(id);
		publications.publish(region.code(), PublicationKind.EVALUATION_REPORT, null, evaluation.assessmentYear(),
				evaluation.title() + "报告", file.asPublished(), me.getUsername());
		redirect.addFlashAttribute("saved", "评估报告已公开，公众可在信息公开页面下载。");
		return "redirect:/evaluations/" + id;
	}

	private GeneratedFile file(long id, String format) {
		return switch (format) {
			case "docx" -> reports.docx(id);
			case "pdf" -> reports.pdf(id);
			default -> throw new InvalidInputException("format", "报告格式只能是 docx 或 pdf。");
		};
	}

}
