package cn.planwatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.EvaluatedTarget;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentStatus;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/**
 * The model of a self-assessment page, shared by the department's and the evaluation group's
 * controllers: the report, one view per led target, and what the signed-in user may do with it.
 */
@Component
class SelfAssessmentPage {

	static final String VIEW = "evaluations/self-assessment";

	private final Evaluations evaluations;

	private final Regions regions;

	private final AccessPolicy access;

	private final Clock clock;

	SelfAssessmentPage(Evaluations evaluations, Regions regions, AccessPolicy access, Optional<Clock> clock) {
		this.evaluations = evaluations;
		this.regions = regions;
		this.access = access;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The region of the report's evaluation, after checking that the user may read the report. */
	Region readable(PlanWatchUser me, SelfAssessment report) {
		Region region = regions.get(evaluations.get(report.evaluationId()).regionCode());
		access.requireSelfAssessmentRead(me, report.departmentId(), report.departmentName(), region);
		return region;
	}

	/** The views of the report's entries, showing {@code posted} texts where given. */
	List<EntryView> entries(SelfAssessment report, Draft posted) {
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluations.get(report.evaluationId()));
		List<EntryView> views = new ArrayList<>();
		for (SelfAssessment.Entry entry : report.entries()) {
			Draft.EntryDraft draft = posted == null ? null
					: posted.entries().stream().filter(d -> d.targetId() == entry.targetId()).findFirst().orElse(null);
			views.add(EntryView.of(targets.get(entry.targetId()), entry, draft));
		}
		return views;
	}

	/** Whether the user may change the report's texts and attachments now. */
	boolean editable(PlanWatchUser me, SelfAssessment report, Evaluation evaluation) {
		return access.canReportFor(me, report.departmentId()) && report.status().editable()
				&& evaluation.status().inProgress();
	}

	String show(PlanWatchUser me, SelfAssessment report, Model model, Draft posted, String error, List<String> problems) {
		Evaluation evaluation = evaluations.get(report.evaluationId());
		Region region = readable(me, report);
		boolean reviewer = access.canRunEvaluations(me, region) && evaluation.status().inProgress();
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("region", region);
		model.addAttribute("report", report);
		model.addAttribute("entries", entries(report, posted));
		model.addAttribute("summaryText", posted == null ? report.summary() : posted.summary());
		model.addAttribute("conclusions", Conclusion.values());
		model.addAttribute("canEdit", editable(me, report, evaluation));
		model.addAttribute("canReadEvaluation", access.canReadEvaluations(me, region));
		model.addAttribute("canScore", reviewer && (report.status() == SelfAssessmentStatus.SUBMITTED
				|| report.status() == SelfAssessmentStatus.ACCEPTED));
		model.addAttribute("canAccept", reviewer && report.status() == SelfAssessmentStatus.SUBMITTED);
		model.addAttribute("overdue", report.overdue(evaluation, LocalDate.now(clock)));
		model.addAttribute("error", error);
		model.addAttribute("problems", problems == null ? List.of() : problems);
		return VIEW;
	}

}
