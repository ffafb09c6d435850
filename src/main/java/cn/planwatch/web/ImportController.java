package cn.planwatch.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.extraction.DocumentException;
import cn.planwatch.extraction.ImportOutcome;
import cn.planwatch.extraction.NoticeImport;
import cn.planwatch.extraction.NoticeImports;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/** Uploading a plan notice (txt, docx, pdf) for a region, and the list of earlier imports. */
@Controller
class ImportController {

	private final NoticeImports imports;

	private final Plans plans;

	private final Regions regions;

	private final AccessPolicy access;

	ImportController(NoticeImports imports, Plans plans, Regions regions, AccessPolicy access) {
		this.imports = imports;
		this.plans = plans;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/imports")
	String list(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		return show(me, model, null, null);
	}

	@PostMapping("/imports")
	String upload(@AuthenticationPrincipal PlanWatchUser me, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if (regionCode == null || regionCode.isBlank()) {
				throw new InvalidInputException("regionCode", "请选择规划所属的地区。");
			}
			if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				throw new InvalidInputException("file", "请选择要导入的规划文件（.txt、.docx 或 .pdf）。");
			}
			Region region = regions.get(regionCode);
			access.requirePlanManagement(me, region);
			String fileName = file.getOriginalFilename() == null ? "未命名文件" : file.getOriginalFilename();
			ImportOutcome outcome = imports.importNotice(regionCode, fileName, file.getBytes(), me.getUsername());
			List<String> titles = outcome.draftPlanIds()
				.stream()
				.map(id -> plans.findSummary(id).map(PlanSummary::title).orElse(""))
				.toList();
			redirect.addFlashAttribute("saved",
					"已从“" + fileName + "”生成 " + titles.size() + " 份规划草稿：" + String.join("、", titles) + "。请逐条核对后发布。");
			redirect.addFlashAttribute("importWarnings", outcome.warnings());
			return "redirect:/plans/" + outcome.draftPlanIds().get(0) + "/review";
		}
		catch (DocumentException | InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(me, model, ex.getMessage(), regionCode);
		}
		catch (IOException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(me, model, "上传的文件无法读取：" + ex.getMessage(), regionCode);
		}
	}

	@GetMapping("/imports/{id}")
	String notice(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		NoticeImport notice = imports.get(id);
		Region region = regions.get(notice.regionCode());
		access.requirePlanManagement(me, region);
		model.addAttribute("notice", notice);
		model.addAttribute("region", region);
		model.addAttribute("drafts", plans.ofRegion(region.code())
			.stream()
			.filter(p -> p.sourceImportId() != null && p.sourceImportId() == id)
			.toList());
		return "imports/notice";
	}

	private String show(PlanWatchUser me, Model model, String error, String selectedRegion) {
		List<Region> manageable = access.visibleRegions(me).stream().filter(r -> access.canManagePlans(me, r)).toList();
		if (manageable.isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"只有妇儿工委办公室和系统管理员可以导入规划文件。");
		}
		model.addAttribute("regions", manageable);
		model.addAttribute("selectedRegion", selectedRegion != null ? selectedRegion : manageable.get(0).code());
		model.addAttribute("imports", imports.ofRegions(manageable.stream().map(Region::code).toList()));
		model.addAttribute("regionNames", manageable.stream()
			.collect(java.util.stream.Collectors.toMap(Region::code, Region::name)));
		model.addAttribute("error", error);
		return "imports/list";
	}

}
