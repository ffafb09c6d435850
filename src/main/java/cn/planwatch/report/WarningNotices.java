package cn.planwatch.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.PlanAssessment;
import cn.planwatch.assessment.ResultWarning;
import cn.planwatch.assessment.TargetAssessment;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Responsibility;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.document.Block;
import cn.planwatch.report.document.ReportDocument;
import cn.planwatch.report.document.Typesetting;
import cn.planwatch.report.wording.ReportKind;
import cn.planwatch.report.wording.TemplateException;
import cn.planwatch.shared.CannotProduceException;
import cn.planwatch.report.wording.WordingTemplate;
import cn.planwatch.shared.NotFoundException;

/**
 * Warning notices (预警通报): one per department that leads warned targets of a plan in a year, listing
 * each warned indicator with its value, target and the warning's reasons, asking for measures by a
 * date — in the official-notice layout, for the office to sign and send.
 */
@Service
public class WarningNotices {

	private final Assessments assessments;

	private final Regions regions;

	private final Departments departments;

	private final Issuers issuers;

	private final ReportTemplates templates;

	private final DocumentFiles files;

	private final Clock clock;

	WarningNotices(Assessments assessments, Regions regions, Departments departments, Issuers issuers, ReportTemplates templates,
			DocumentFiles files, Optional<Clock> clock) {
		this.assessments = assessments;
		this.regions = regions;
		this.departments = departments;
		this.issuers = issuers;
		this.templates = templates;
		this.files = files;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The departments leading warned targets of the plan in the year, with how many each leads. */
	public Map<Department, Integer> departmentsWarned(String regionCode, PlanKind kind, int year) {
		Map<Department, Integer> counts = new LinkedHashMap<>();
		byDepartment(plan(regionCode, kind, year)).forEach((id, targets) -> counts.put(departments.get(id), targets.size()));
		return counts;
	}

	public ReportDocument document(String regionCode, PlanKind kind, int year, long departmentId) {
		try {
			return draft(regionCode, kind, year, departmentId);
		}
		catch (TemplateException ex) {
			throw new CannotProduceException("预警通报模板有误，无法生成：" + ex.getMessage() + "。请在“报告模板”中修改或恢复默认模板。", ex);
		}
	}

	private ReportDocument draft(String regionCode, PlanKind kind, int year, long departmentId) {
		Region region = regions.get(regionCode);
		PlanAssessment plan = plan(regionCode, kind, year);
		Department department = departments.get(departmentId);
		List<TargetAssessment> warned = byDepartment(plan).getOrDefault(departmentId, List.of());
		if (warned.isEmpty()) {
			throw new NotFoundException(department.name() + "牵头的目标在" + year + "年没有需要整改的预警。");
		}
		Optional<Department> office = issuers.office(region);
		LocalDate today = LocalDate.now(clock);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("年份", String.valueOf(year));
		values.put("地区", region.name());
		values.put("规划名称", plan.plan().title());
		values.put("规划简称", ReportTexts.shortPlanName(plan.plan()));
		values.put("部门", department.name());
		values.put("预警数", String.valueOf(warned.size()));
		values.put("报送截止日期", ReportTexts.date(today.plusDays(30)));
		values.put("发文单位", issuers.officeName(region));
		values.put("发文日期", ReportTexts.date(today));
		office.map(Department::liaisonName).filter(s -> !s.isBlank()).ifPresent(name -> values.put("联系人", name));
		office.map(Department::liaisonPhone).filter(s -> !s.isBlank()).ifPresent(phone -> values.put("联系电话", phone));

		WordingTemplate wording = templates.of(ReportKind.WARNING_NOTICE);
		List<Block> blocks = new ArrayList<>();
		blocks.add(Block.Paragraph.of(wording.render("称谓", values)));
		Paragraphs.add(wording.render("正文", values), blocks);
		Paragraphs.add(wording.render("预警导语", values), blocks);
		int number = 1;
		for (TargetAssessment t : warned) {
			Map<String, String> item = new LinkedHashMap<>(values);
			item.put("序号", String.valueOf(number++));
			item.put("指标名称", t.target().indicatorName());
			item.put("最新值", t.result().value() == null ? "…" : ReportTexts.number(t.result().value()));
			item.put("单位", t.result().value() == null ? "" : ReportTexts.unitAfterNumber(t.target().unit()));
			item.put("目标值", ReportTexts.targetText(t.target()));
			item.put("目标年份", String.valueOf(t.target().targetYear() != null ? t.target().targetYear()
					: plan.plan().periodEnd()));
			item.put("预警说明", t.result().warnings().stream().filter(ResultWarning::needsAction)
				.map(ResultWarning::text).collect(Collectors.joining()));
			Paragraphs.add(wording.render("预警条目", item), blocks);
		}
		Paragraphs.add(wording.render("整改要求", values), blocks);
		for (String line : wording.render("落款", values).split("\n")) {
			blocks.add(new Block.Paragraph("", line));
		}
		List<String> meta = region.demo() ? List.of("演示数据：地区、单位和数值均为虚构") : List.of();
		return new ReportDocument(wording.render("标题", values), "", meta, region.demo(), Typesetting.NOTICE, blocks);
	}

	public GeneratedFile docx(String regionCode, PlanKind kind, int year, long departmentId) {
		ReportDocument document = document(regionCode, kind, year, departmentId);
		return files.docx(document, document.title() + "（" + departments.get(departmentId).name() + "）");
	}

	private PlanAssessment plan(String regionCode, PlanKind kind, int year) {
		Region region = regions.get(regionCode);
		return assessments.ofRegion(regionCode, year)
			.plans()
			.stream()
			.filter(p -> p.plan().kind() == kind)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("地区“" + region.name() + "”没有" + year + "年"
					+ ReportTexts.planName(kind) + "的评估结果。"));
	}

	private static Map<Long, List<TargetAssessment>> byDepartment(PlanAssessment plan) {
		Map<Long, List<TargetAssessment>> map = new LinkedHashMap<>();
		for (TargetAssessment t : plan.warned()) {
			for (Responsibility lead : t.target().leads()) {
				map.computeIfAbsent(lead.departmentId(), k -> new ArrayList<>()).add(t);
			}
		}
		return map;
	}


}
