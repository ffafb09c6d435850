package cn.planwatch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.evaluation.EvaluationSummary;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.document.ReportDocument;
import cn.planwatch.report.wording.ReportKind;
import cn.planwatch.report.wording.TemplateException;
import cn.planwatch.shared.CannotProduceException;

/**
 * The mid-term or final evaluation report (.docx/.pdf), drafted from the evaluation's self-assessments
 * and reviews and from the stored assessment of the evaluation's year — or the latest year before it
 * with results, when that year's data are not yet approved.
 */
@Service
public class EvaluationReports {

	private final Evaluations evaluations;

	private final Assessments assessments;

	private final Regions regions;

	private final Issuers issuers;

	private final ReportTemplates templates;

	private final DocumentFiles files;

	private final Clock clock;

	EvaluationReports(Evaluations evaluations, Assessments assessments, Regions regions, Issuers issuers,
			ReportTemplates templates, DocumentFiles files, Optional<Clock> clock) {
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.regions = regions;
		this.issuers = issuers;
		this.templates = templates;
		this.files = files;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public ReportDocument document(long evaluationId) {
		EvaluationSummary summary = evaluations.summary(evaluationId);
		String regionCode = summary.evaluation().regionCode();
		Region region = regions.get(regionCode);
		List<Integer> years = assessments.years(regionCode);
		int year = years.stream()
			.filter(y -> y <= summary.evaluation().assessmentYear())
			.reduce((a, b) -> b)
			.orElseThrow(() -> new CannotProduceException("“" + summary.evaluation().title() + "”所评估的年度（"
					+ summary.evaluation().assessmentYear() + "年及以前）还没有评估结果：请先审核通过监测数据。"));
		PlanAssessment plan = assessments.ofRegion(regionCode, year)
			.plans()
			.stream()
			.filter(p -> p.plan().id() == summary.evaluation().planId())
			.findFirst()
			.orElseThrow(() -> new CannotProduceException("“" + summary.evaluation().planTitle() + "”在" + year
					+ "年没有评估结果：请先审核通过该规划的监测数据，再生成评估报告。"));
		String compiledBy = issuers.officeName(region);
		var input = new EvaluationReportContent.Input(region.name(), region.demo() || summary.evaluation().demo(), summary,
				plan, compiledBy, LocalDate.now(clock));
		try {
			return new EvaluationReportContent(templates.of(ReportKind.EVALUATION_REPORT)).build(input);
		}
		catch (TemplateException ex) {
			throw new CannotProduceException("评估报告模板有误，无法生成：" + ex.getMessage() + "。请在“报告模板”中修改或恢复默认模板。", ex);
		}
	}

	public GeneratedFile docx(long evaluationId) {
		ReportDocument document = document(evaluationId);
		return files.docx(document, document.title());
	}

	public GeneratedFile pdf(long evaluationId) {
		ReportDocument document = document(evaluationId);
		return files.pdf(document, document.title());
	}

}
