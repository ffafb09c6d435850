package cn.planwatch.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Review;
import cn.planwatch.collection.ValueAudit;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Regions;

/** The audit trail of one value: on a page, and as a CSV file Excel opens. */
@Controller
class ValueHistoryController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Reporting reporting;

	private final Review review;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final AccessPolicy access;

	ValueHistoryController(Reporting reporting, Review review, IndicatorCatalogue catalogue, Regions regions,
			AccessPolicy access) {
		this.reporting = reporting;
		this.review = review;
		this.catalogue = catalogue;
		this.regions = regions;
		this.access = access;
	}

	/** The page, or only its table for htmx (the indicator page expands a value's trail in place). */
	@GetMapping("/values/{id}/history")
	String history(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ReportedValue value = readable(me, id);
		model.addAttribute("value", value);
		model.addAttribute("indicator", catalogue.get(value.indicatorCode()));
		model.addAttribute("region", regions.get(value.regionCode()));
		model.addAttribute("history", review.history(id));
		return htmx == null ? "tasks/history" : "tasks/history :: trail";
	}

	@GetMapping("/values/{id}/history.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		ReportedValue value = readable(me, id);
		String name = catalogue.get(value.indicatorCode()).name();
		StringBuilder csv = new StringBuilder("\uFEFF时间,操作人,操作,原数值,原分子,原分母,新数值,新分子,新分母,原状态,新状态,原因\r\n");
		for (ValueAudit a : review.history(id)) {
			csv.append(String.join(",", a.at().format(TIME), quote(a.byUser()), action(a.action()), n(a.oldValue()),
					n(a.oldNumerator()), n(a.oldDenominator()), n(a.newValue()), n(a.newNumerator()), n(a.newDenominator()),
					quote(a.oldStatus()), quote(a.newStatus()), quote(a.reason()))).append("\r\n");
		}
		String fileName = name + "-" + value.year() + "-修改记录.csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private ReportedValue readable(PlanWatchUser me, long id) {
		ReportedValue value = reporting.value(id);
		access.requireValueRead(me, value.departmentId(), regions.get(value.regionCode()));
		return value;
	}

	/** The audit actions in Chinese. */
	public static String action(String action) {
		return switch (action) {
			case "EDIT" -> "填报/修改";
			case "SUBMIT" -> "提交";
			case "RETURN" -> "退回";
			case "APPROVE" -> "审核通过";
			case "REOPEN" -> "重新打开";
			case "ROLLUP" -> "乡镇汇总";
			case "HISTORY" -> "历史数据导入";
			default -> action;
		};
	}

	private static String n(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String quote(String text) {
		return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
