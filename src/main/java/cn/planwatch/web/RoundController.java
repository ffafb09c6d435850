package cn.planwatch.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.RollupResult;
import cn.planwatch.collection.Rollups;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/** Annual monitoring rounds: the list, opening one, and a round's dashboard of progress by department and township. */
@Controller
class RoundController {

	private final Rounds rounds;

	private final Reporting reporting;

	private final Rollups rollups;

	private final Regions regions;

	private final IndicatorCatalogue catalogue;

	private final AccessPolicy access;

	private final Clock clock;

	RoundController(Rounds rounds, Reporting reporting, Rollups rollups, Regions regions, IndicatorCatalogue catalogue,
			AccessPolicy access, java.util.Optional<Clock> clock) {
		this.rounds = rounds;
		this.reporting = reporting;
		this.rollups = rollups;
		this.regions = regions;
		this.catalogue = catalogue;
		this.access = access;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@GetMapping("/rounds")
	String list(@AuthenticationPrincipal PlanWatchUser me, Model model) {
		if (me.departmentId() != null) {
			return "redirect:/tasks";
		}
		return show(me, model, null);
	}

	@PostMapping("/rounds")
	String open(@AuthenticationPrincipal PlanWatchUser me, @RequestParam String regionCode, @RequestParam String year,
			@RequestParam String deadline, @RequestParam(defaultValue = "false") boolean includeAssisting,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Region region = regions.get(regionCode);
		access.requireRoundManagement(me, region);
		try {
			int parsedYear = FormValues.year(year, "year", "监测年度");
			LocalDate parsedDeadline = FormValues.date(deadline, "deadline", "截止日期");
			Round round = rounds.open(regionCode, parsedYear, parsedDeadline, includeAssisting, note, me.getUsername());
			redirect.addFlashAttribute("saved", "已开启" + region.name() + " " + parsedYear + " 年监测，生成 "
					+ rounds.tasks(round.id()).size() + " 项填报任务。");
			return "redirect:/rounds/" + round.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(me, model, ex.getMessage());
		}
	}

	@GetMapping("/rounds/{id}")
	String round(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, Model model) {
		Round round = rounds.get(id);
		Region region = regions.get(round.regionCode());
		if (!access.canReadRounds(me, region)) {
			throw new org.springframework.security.access.AccessDeniedException("无权查看地区“" + region.name() + "”的监测进度。");
		}
		LocalDate today = LocalDate.now(clock);
		Map<String, String> regionNames = regions.subtree(region.code())
			.stream()
			.collect(Collectors.toMap(Region::code, Region::name));
		RoundProgress progress = RoundProgress.of(round, region, reporting.completion(id), regionNames, today);
		model.addAttribute("round", round);
		model.addAttribute("region", region);
		model.addAttribute("progress", progress.departments());
		model.addAttribute("townships", progress.townships());
		model.addAttribute("byStatus", progress.byStatus());
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("canManage", access.canRunRounds(me, region));
		model.addAttribute("today", today);
		return "rounds/round";
	}

	@PostMapping("/rounds/{id}/rollup")
	String rollUp(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		Round round = rounds.get(id);
		access.requireRoundManagement(me, regions.get(round.regionCode()));
		List<RollupResult> results = rollups.rollUp(id, me.getUsername());
		redirect.addFlashAttribute("rollup", results.stream()
			.map(r -> new RollupLine(catalogue.find(r.indicatorCode()).map(i -> i.name()).orElse(r.indicatorCode()), r))
			.toList());
		redirect.addFlashAttribute("saved", "已汇总 " + results.size() + " 个指标的乡镇数据。");
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/close")
	String close(@AuthenticationPrincipal PlanWatchUser me, @PathVariable long id, RedirectAttributes redirect) {
		Round round = rounds.get(id);
		access.requireRoundManagement(me, regions.get(round.regionCode()));
		rounds.close(id);
		redirect.addFlashAttribute("saved", round.year() + " 年监测轮次已关闭。");
		return "redirect:/rounds/" + id;
	}

	private String show(PlanWatchUser me, Model model, String error) {
		List<Region> visible = access.visibleRegions(me);
		model.addAttribute("rounds", rounds.ofRegions(visible.stream().map(Region::code).toList()));
		model.addAttribute("regionNames", visible.stream().collect(Collectors.toMap(Region::code, Region::name)));
		model.addAttribute("openable", visible.stream()
			.filter(r -> access.canRunRounds(me, r) && r.level() != cn.planwatch.region.RegionLevel.TOWNSHIP)
			.toList());
		model.addAttribute("defaultYear", LocalDate.now(clock).getYear() - 1);
		model.addAttribute("defaultDeadline", LocalDate.now(clock).plusMonths(2).withDayOfMonth(1).minusDays(1));
		model.addAttribute("error", error);
		model.addAttribute("today", LocalDate.now(clock));
		return "rounds/list";
	}

	/** A roll-up result with the indicator's name, for the flash message. */
	public record RollupLine(String indicatorName, RollupResult result) {

	}

}
