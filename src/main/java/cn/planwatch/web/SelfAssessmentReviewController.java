package cn.planwatch.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.evaluation.EvaluationConflictException;
import cn.planwatch.evaluation.Scoring;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentReview;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.shared.InvalidInputException;

/** The evaluation group's review of a self-assessment: score and comment, accept, or return with a reason. */
@Controller
class SelfAssessmentReviewController {

	private final SelfAssessments selfAssessments;

	private final SelfAssessmentReview review;

	private final SelfAssessmentPage page;

	private final AccessPolicy access;

	SelfAssessmentReviewController(SelfAssessments selfAssessments, SelfAssessmentReview review, SelfAssessmentPage page,
			AccessPolicy access) {
		this.selfAssessments = selfAssessments;
		this.review = review;
		this.page = page;
		this.access = access;
	}

	@PostMapping("/self-assessments/{id}/review")
	String score(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "score") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SelfAssessment report = managed(me, id);
		try {
			Scoring scoring = ScoringForm.parse(form, page.entries(report, null).stream().map(EntryView::target).toList());
			int version = SelfAssessmentForm.version(form);
			if (action.equals("accept")) {
				review.accept(id, scoring, version, me.getUsername());
				redirect.addFlashAttribute("saved", "“" + report.departmentName() + "”的自评报告已评审通过。");
			}
			else {
				review.score(id, scoring, version, me.getUsername());
				redirect.addFlashAttribute("saved", "评分和评审意见已保存。");
			}
			return "redirect:/self-assessments/" + id;
		}
		catch (InvalidInputException | EvaluationConflictException ex) {
			response.setStatus(ex instanceof EvaluationConflictException ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			return page.show(me, selfAssessments.get(id), model, null, ex.getMessage(), null);
		}
	}

	@PostMapping("/self-assessments/{id}/return")
	String returnToDepartment(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestParam(required = false) String reason, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		SelfAssessment report = managed(me, id);
		try {
			review.returnToDepartment(id, reason, SelfAssessmentForm.version(form), me.getUsername());
			redirect.addFlashAttribute("saved", "已退回“" + report.departmentName() + "”，原因：" + reason.strip());
			return "redirect:/self-assessments/" + id;
		}
		catch (InvalidInputException | EvaluationConflictException ex) {
			response.setStatus(ex instanceof EvaluationConflictException ? HttpStatus.CONFLICT.value()
					: HttpStatus.BAD_REQUEST.value());
			return page.show(me, selfAssessments.get(id), model, null, ex.getMessage(), null);
		}
	}

	private SelfAssessment managed(PlanWatchUser me, long id) {
		SelfAssessment report = selfAssessments.get(id);
		access.requireEvaluationManagement(me, page.readable(me, report));
		return report;
	}

}
