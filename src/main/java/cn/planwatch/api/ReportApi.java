package cn.planwatch.api;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Regions;
import cn.planwatch.report.AnnualReports;
import cn.planwatch.report.Compendiums;
import cn.planwatch.report.EvaluationReports;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The reports as files: the annual monitoring report (docx/pdf) and the statistical compendium (xlsx). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "报告", description = "年度统计监测报告、妇女儿童统计资料与评估报告")
class ReportApi {

	private final AnnualReports annualReports;

	private final Compendiums compendiums;

	private final EvaluationReports evaluationReports;

	private final Evaluations evaluations;

	private final Regions regions;

	private final AccessPolicy access;

	ReportApi(AnnualReports annualReports, Compendiums compendiums, EvaluationReports evaluationReports,
			Evaluations evaluations, Regions regions, AccessPolicy access) {
		this.annualReports = annualReports;
		this.compendiums = compendiums;
		this.evaluationReports = evaluationReports;
		this.evaluations = evaluations;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/regions/{code}/reports/annual")
	@Operation(summary = "年度统计监测报告", description = "按已审核数据和评估结果起草的年度报告；docx 可编辑，pdf 可打印。")
	ResponseEntity<byte[]> annual(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@Parameter(description = "women 或 children") @RequestParam String plan,
			@Parameter(description = "监测年度") @RequestParam int year,
			@Parameter(description = "docx 或 pdf") @RequestParam(defaultValue = "docx") String format) {
		access.requireRegion(me, regions.get(code));
		PlanKind kind = PlanKind.fromParameter(plan);
		GeneratedFile file = switch (format.toLowerCase()) {
			case "docx" -> annualReports.docx(code, kind, year);
			case "pdf" -> annualReports.pdf(code, kind, year);
			default -> throw new InvalidInputException("format", "format 只能是 docx 或 pdf。");
		};
		return file(file);
	}

	@GetMapping("/regions/{code}/reports/compendium")
	@Operation(summary = "妇女儿童统计资料", description = "截至该年度的近5年全部指标 × 分组数据及分地区表（xlsx）。")
	ResponseEntity<byte[]> compendium(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam int year) {
		access.requireRegion(me, regions.get(code));
		return file(compendiums.xlsx(code, year));
	}

	@GetMapping("/evaluations/{id}/report")
	@Operation(summary = "中期/终期评估报告", description = "按成员单位自评、评估组评审和评估年度的监测评估结果起草的评估报告。")
	ResponseEntity<byte[]> evaluation(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@Parameter(description = "docx 或 pdf") @RequestParam(defaultValue = "docx") String format) {
		access.requireEvaluationRead(me, regions.get(evaluations.get(id).regionCode()));
		return file(switch (format.toLowerCase()) {
			case "docx" -> evaluationReports.docx(id);
			case "pdf" -> evaluationReports.pdf(id);
			default -> throw new InvalidInputException("format", "format 只能是 docx 或 pdf。");
		});
	}

	private static ResponseEntity<byte[]> file(GeneratedFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

}
