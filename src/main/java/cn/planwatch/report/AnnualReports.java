package cn.planwatch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.document.ReportDocument;
import cn.planwatch.report.wording.ReportKind;
import cn.planwatch.report.wording.TemplateException;
import cn.planwatch.shared.CannotProduceException;
import cn.planwatch.shared.NotFoundException;

/**
 * The annual monitoring report (年度统计监测报告) of a region's plan for a year, as an editable .docx or
 * a print-ready .pdf, drafted from the stored assessment and the approved data in the office's
 * wording template.
 */
@Service
public class AnnualReports {

	private final Assessments assessments;

	private final MonitoringData data;

	private final Regions regions;

	private final Issuers issuers;

	private final ReportTemplates templates;

	private final DocumentFiles files;

	private final Clock clock;

	AnnualReports(Assessments assessments, MonitoringData data, Regions regions, Issuers issuers,
			ReportTemplates templates, DocumentFiles files, Optional<Clock> clock) {
		this.assessments = assessments;
		this.data = data;
		this.regions = regions;
		this.issuers = issuers;
		this.templates = templates;
		this.files = files;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public ReportDocument document(String regionCode, PlanKind kind, int year) {
		Region region = regions.get(regionCode);
		RegionAssessment assessment = assessments.ofRegion(regionCode, year);
		PlanAssessment plan = assessment.plans()
			.stream()
			.filter(p -> p.plan().kind() == kind)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("地区“" + region.name() + "”没有" + year + "年" + ReportTexts.planName(kind)
					+ "的评估结果：请确认规划已发布、该年度数据已审核通过。"));
		List<String> codes = plan.targets()
			.stream()
			.map(t -> t.target().indicatorCode())
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		Map<String, SortedMap<Integer, Double>> series = new HashMap<>();
		for (ApprovedValue value : data.ofRegion(regionCode, codes)) {
			if (value.breakdownKey().equals(Breakdown.TOTAL.key()) && value.year() <= year && value.value() != null) {
				series.computeIfAbsent(value.indicatorCode(), k -> new TreeMap<>())
					.put(value.year(), value.value().doubleValue());
			}
		}
		String compiledBy = issuers.statisticsBureau(region);
		var input = new AnnualReportContent.Input(region.name(), region.demo(), plan, series, compiledBy,
				LocalDate.now(clock));
		try {
			return new AnnualReportContent(templates.of(ReportKind.ANNUAL_REPORT)).build(input);
		}
		catch (TemplateException ex) {
			throw new CannotProduceException("报告模板有误，无法生成年度报告：" + ex.getMessage() + "。请在“报告模板”中修改或恢复默认模板。", ex);
		}
	}

	public GeneratedFile docx(String regionCode, PlanKind kind, int year) {
		ReportDocument document = document(regionCode, kind, year);
		return files.docx(document, document.title());
	}

	public GeneratedFile pdf(String regionCode, PlanKind kind, int year) {
		ReportDocument document = document(regionCode, kind, year);
		return files.pdf(document, document.title());
	}


}
