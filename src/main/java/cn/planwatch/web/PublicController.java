package cn.planwatch.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.GeneratedFile;
import cn.planwatch.report.PublicFigures;
import cn.planwatch.report.Publications;
import cn.planwatch.report.PublishedFile;
import cn.planwatch.shared.NotFoundException;

/**
 * The public part of the site (no login): the regions that published something, each region's
 * published indicators with charts and its published reports for download. Only what the office
 * published is reachable here; a region without publications is "not found".
 */
@Controller
class PublicController {

	private final Publications publications;

	private final PublicFigures figures;

	private final Regions regions;

	private final JsonText json;

	PublicController(Publications publications, PublicFigures figures, Regions regions, JsonText json) {
		this.publications = publications;
		this.figures = figures;
		this.regions = regions;
		this.json = json;
	}

	@GetMapping("/public")
	String index(Model model) {
		List<Region> published = publications.publicRegions().stream().map(regions::get).toList();
		model.addAttribute("regions", published);
		return "public/index";
	}

	@GetMapping("/public/regions/{code}")
	String region(@PathVariable String code, Model model) {
		if (!publications.publicRegions().contains(code)) {
			throw new NotFoundException("该地区没有公开的监测信息。");
		}
		List<PublicFigures.PublicIndicator> indicators = figures.of(code);
		model.addAttribute("region", regions.get(code));
		model.addAttribute("indicators", indicators);
		model.addAttribute("chartsJson", json.of(indicators.stream()
			.map(i -> new PublicChart(i.indicator().code(), i.indicator().name(), i.indicator().unit(), i.series()))
			.toList()));
		model.addAttribute("reports", publications.publicOf(code));
		return "public/region";
	}

	@GetMapping("/public/reports/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		PublishedFile file = publications.publicFile(id)
			.orElseThrow(() -> new NotFoundException("该报告不存在或已撤回。"));
		return ReportController.download(new GeneratedFile(file.fileName(), file.contentType(), file.content()));
	}

	/** One public chart's data for ECharts: series by breakdown label, year → value. */
	record PublicChart(String code, String name, String unit, java.util.Map<String, java.util.Map<Integer, Double>> series) {
	}

}
