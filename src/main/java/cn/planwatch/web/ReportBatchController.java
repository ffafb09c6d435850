package cn.planwatch.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.report.ReportBatch;
import cn.planwatch.report.ReportBatches;
import cn.planwatch.shared.NotFoundException;

/**
 * Report batches for a region's sub-regions: started from the reports page, followed on a page that
 * refreshes its progress (htmx) and can be left and opened again from the reports page.
 */
@Controller
class ReportBatchController {

	private final ReportBatches batches;

	private final Regions regions;

	private final AccessPolicy access;

	ReportBatchController(ReportBatches batches, Regions regions, AccessPolicy access) {
		this.batches = batches;
		this.regions = regions;
		this.access = access;
	}

	@PostMapping("/regions/{code}/report-batches")
	String start(@AuthenticationPrincipal PlanWatchUser me, @PathVariable String code, @RequestParam int year) {
		access.requireRegion(me, regions.get(code));
		long id = batches.start(code, year, me.getUsername());
		return "redirect:/report-batches/" + id;
	}

	@GetMapping("/report-batches/{id}")
	String show(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		ReportBatch batch = readable(me, id);
		model.addAttribute("batch", batch);
		model.addAttribute("region", regions.get(batch.regionCode()));
		return "reports/batch";
	}

	@GetMapping("/report-batches/{id}/progress")
	String progress(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		model.addAttribute("batch", readable(me, id));
		return "reports/batch :: batchProgress";
	}

	@GetMapping("/report-batches/{id}/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id) {
		readable(me, id);
		var file = batches.file(id).orElseThrow(() -> new NotFoundException("该批量任务尚未完成或已失败。"));
		return ReportController.download(new GeneratedFile(file.fileName(), file.contentType(), file.content()));
	}

	private ReportBatch readable(PlanWatchUser me, long id) {
		ReportBatch batch = batches.get(id);
		Region region = regions.get(batch.regionCode());
		access.requireRegion(me, region);
		return batch;
	}

}
