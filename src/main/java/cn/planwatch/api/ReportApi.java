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
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The reports as files: the annual monitoring report (docx/pdf) and the statistical compendium (xlsx). */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "报告", description = "年度统计监测报告与妇女儿童统计资料")
class ReportApi {

	private final AnnualReports annualReports;

	private final Compendiums compendiums;

	private final Regions regions;

	private final AccessPolicy access;

	ReportApi(AnnualReports annualReports, Compendiums compendiums, Regions regions, AccessPolicy access) {
		this.annualReports = annualReports;
		this.compendiums = compendiums;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/{code}/reports/annual")
	@Operation(summary = "年度统计监测报告", description = "按已审核数据和评估结果起草的年度报告；docx 可编辑，pdf 可打印。")
	ResponseEntity<byte[]> annual(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@Parameter(description = "women 或 children") @RequestParam String plan,
			@Parameter(description = "监测年度") @RequestParam int year,
			@Parameter(description = "docx 或 pdf") @RequestParam(defaultValue = "docx") String format) {
		access.requireRegion(me, regions.get(code));
		PlanKind kind = switch (plan.toLowerCase()) {
			case "women" -> PlanKind.WOMEN;
			case "children" -> PlanKind.CHILDREN;
			default -> throw new InvalidInputException("plan", "plan 只能是 women 或 children。");
		};
		GeneratedFile file = switch (format.toLowerCase()) {
			case "docx" -> annualReports.docx(code, kind, year);
			case "pdf" -> annualReports.pdf(code, kind, year);
			default -> throw new InvalidInputException("format", "format 只能是 docx 或 pdf。");
		};
		return file(file);
	}

	@GetMapping("/{code}/reports/compendium")
	@Operation(summary = "妇女儿童统计资料", description = "截至该年度的近5年全部指标 × 分组数据及分地区表（xlsx）。")
	ResponseEntity<byte[]> compendium(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code,
			@RequestParam int year) {
		access.requireRegion(me, regions.get(code));
		return file(compendiums.xlsx(code, year));
	}

	private static ResponseEntity<byte[]> file(GeneratedFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

}
