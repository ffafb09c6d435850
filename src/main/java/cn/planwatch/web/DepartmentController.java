package cn.planwatch.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/** Editing a member department's liaison officer (联络员). */
@Controller
class DepartmentController {

	private final Departments departments;

	private final Regions regions;

	private final AccessPolicy access;

	DepartmentController(Departments departments, Regions regions, AccessPolicy access) {
		this.departments = departments;
		this.regions = regions;
		this.access = access;
	}

	@GetMapping("/departments/{id}/liaison")
	String form(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		Department department = editable(me, id);
		model.addAttribute("form", new LiaisonForm(department.liaisonName(), department.liaisonPhone()));
		return show(department, model);
	}

	@PostMapping("/departments/{id}/liaison")
	String save(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, @ModelAttribute LiaisonForm form,
			Model model, RedirectAttributes redirect) {
		Department department = editable(me, id);
		try {
			departments.updateLiaison(id, form.liaisonName(), form.liaisonPhone());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("form", form);
			model.addAttribute("error", ex.getMessage());
			return show(department, model);
		}
		redirect.addFlashAttribute("saved", "已保存“" + department.name() + "”的联络员信息。");
		return "redirect:/regions/" + department.regionCode();
	}

	private Department editable(PlanWatchUser me, long id) {
		Department department = departments.get(id);
		Region region = regions.get(department.regionCode());
		access.requireRegion(me, region);
		access.requireDepartmentEdit(me, department);
		return department;
	}

	private String show(Department department, Model model) {
		model.addAttribute("department", department);
		model.addAttribute("region", regions.get(department.regionCode()));
		return "departments/liaison";
	}

}
