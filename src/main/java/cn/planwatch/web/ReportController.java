package cn.planwatch.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Department;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.AnnualReports;
import cn.planwatch.report.Compendiums;
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.report.PublicationKind;
import cn.planwatch.report.Publications;
import cn.planwatch.report.ReportBatches;
import cn.planwatch.report.WarningNotices;
import cn.planwatch.shared.InvalidInputException;

/**
 * A region's reports: the annual monitoring report of each plan (docx, pdf), the statistical
 * compendium (xlsx) and the warning notices to departments (docx), drafted from the approved data
 * and the assessment; and what the office publishes — report files and indicator figures.
 */
@Controller
class ReportController {

	private final AnnualReports annualReports;

	private final Compendiums compendiums;

	private final WarningNotices notices;

	private final Publications publications;

	private final Assessments assessments;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final AccessPolicy access;

	private final ReportBatches batches;

	ReportController(AnnualReports annualReports, Compendiums compendiums, WarningNotices notices,
			Publications publications, Assessments assessments, IndicatorCatalogue catalogue, Regions regions,
			AccessPolicy access, ReportBatches batches) {
		this.batches = batches;
		this.annualReports = annualReports;
		this.compendiums = compendiums;
		this.notices = notices;
		this.publications = publications;
		this.assessments = assessments;
		this.catalogue = catalogue;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/regions/{code}/reports")
	String page(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(required = false) Integer year, Model model) {
		Region region = regions.get(code);
		access.requireRegion(me, region);
		List<Integer> years = assessments.years(code);
		model.addAttribute("region", region);
		model.addAttribute("years", years);
		boolean canManage = access.canManagePlans(me, region);
		model.addAttribute("canManage", canManage);
		if (!years.isEmpty()) {
			int shown = year != null && years.contains(year) ? year : years.get(years.size() - 1);
			model.addAttribute("year", shown);
			List<PlanKind> kinds = assessments.ofRegion(code, shown).plans().stream().map(p -> p.plan().kind()).toList();
			model.addAttribute("kinds", kinds);
			Map<PlanKind, Map<Department, Integer>> warned = new LinkedHashMap<>();
			if (access.canManageAssessment(me, region)) {
				kinds.forEach(kind -> warned.put(kind, notices.departmentsWarned(code, kind, shown)));
			}
			model.addAttribute("warned", warned);
		}
		model.addAttribute("children", regions.children(code));
		model.addAttribute("batches", batches.ofRegion(code));
		model.addAttribute("publications", canManage ? publications.ofRegion(code) : publications.publicOf(code));
		model.addAttribute("published", publications.indicators(code));
		model.addAttribute("indicators", canManage ? catalogue.all() : List.of());
		return "reports/region";
	}

	@GetMapping("/regions/{code}/reports/annual")
	ResponseEntity<byte[]> annual(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam String plan, @RequestParam int year, @RequestParam(defaultValue = "docx") String format) {
		access.requireRegion(me, regions.get(code));
		return download(annual(code, plan, year, format));
	}

	@GetMapping("/regions/{code}/reports/compendium")
	ResponseEntity<byte[]> compendium(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam int year) {
		access.requireRegion(me, regions.get(code));
		return download(compendiums.xlsx(code, year));
	}

	@GetMapping("/regions/{code}/reports/warning-notice")
	ResponseEntity<byte[]> warningNotice(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam String plan, @RequestParam int year, @RequestParam long departmentId) {
		Region region = regions.get(code);
		if (!access.canReportFor(me, departmentId)) {
			access.requireAssessmentManagement(me, region);
		}
		return download(notices.docx(code, PlanKind.fromParameter(plan), year, departmentId));
	}

	@PostMapping("/regions/{code}/publications")
	String publish(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, @RequestParam String kind,
			@RequestParam(required = false) String plan, @RequestParam int year,
			@RequestParam(defaultValue = "pdf") String format, RedirectAttributes redirect) {
		Region region = regions.get(code);
		access.requirePlanManagement(me, region);
		PublicationKind publicationKind = switch (kind) {
			case "ANNUAL_REPORT" -> PublicationKind.ANNUAL_REPORT;
			case "COMPENDIUM" -> PublicationKind.COMPENDIUM;
			default -> throw new InvalidInputException("kind", "未知的公开类型：" + kind);
		};
		GeneratedFile file = publicationKind == PublicationKind.COMPENDIUM ? compendiums.xlsx(code, year)
				: annual(code, plan, year, format);
		String title = file.fileName().substring(0, file.fileName().lastIndexOf('.')).replace('_', ' ');
		publications.publish(code, publicationKind, publicationKind == PublicationKind.COMPENDIUM ? null : PlanKind.fromParameter(plan),
				year, title, file.asPublished(), me.getUsername());
		redirect.addFlashAttribute("saved", "已公开：" + title + "。公众可在信息公开页面下载。");
		return "redirect:/regions/" + code + "/reports?year=" + year;
	}

	@PostMapping("/publications/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		var publication = publications.get(id);
		access.requirePlanManagement(me, regions.get(publication.regionCode()));
		publications.withdraw(id, me.getUsername());
		redirect.addFlashAttribute("saved", "已撤回：" + publication.title() + "。");
		return "redirect:/regions/" + publication.regionCode() + "/reports";
	}

	@PostMapping("/regions/{code}/published-indicators")
	String publishIndicators(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam(name = "indicatorCode", required = false) List<String> codes, @RequestParam int throughYear,
			RedirectAttributes redirect) {
		Region region = regions.get(code);
		access.requirePlanManagement(me, region);
		if (codes == null || codes.isEmpty()) {
			throw new InvalidInputException("indicatorCode", "请选择要公开的指标。");
		}
		codes.forEach(indicator -> publications.publishIndicator(code, indicator, throughYear, me.getUsername()));
		redirect.addFlashAttribute("saved", "已公开 " + codes.size() + " 项指标截至 " + throughYear + " 年的数据。");
		return "redirect:/regions/" + code + "/reports";
	}

	@PostMapping("/regions/{code}/published-indicators/{indicatorCode}/unpublish")
	String unpublishIndicator(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@PathVariable String indicatorCode, RedirectAttributes redirect) {
		access.requirePlanManagement(me, regions.get(code));
		publications.unpublishIndicator(code, indicatorCode);
		redirect.addFlashAttribute("saved", "已取消公开该指标。");
		return "redirect:/regions/" + code + "/reports";
	}

	private GeneratedFile annual(String code, String plan, int year, String format) {
		PlanKind kind = PlanKind.fromParameter(plan);
		return switch (format) {
			case "docx" -> annualReports.docx(code, kind, year);
			case "pdf" -> annualReports.pdf(code, kind, year);
			default -> throw new InvalidInputException("format", "报告格式只能是 docx 或 pdf。");
		};
	}


	static ResponseEntity<byte[]> download(GeneratedFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

}
