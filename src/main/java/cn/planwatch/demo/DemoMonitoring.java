package cn.planwatch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.planwatch.collection.CellInput;
import cn.planwatch.collection.HistoryLoads;
import cn.planwatch.collection.HistoryValue;
import cn.planwatch.collection.ReportedValue;
import cn.planwatch.collection.Reporting;
import cn.planwatch.collection.Review;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.check.CellValue;
import cn.planwatch.collection.check.Finding;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;

/**
 * The demo's monitoring data, written through the collection module: approved figures for
 * 2020–2024 ({@link DemoHistory}) for the city, the counties and the counties' townships, and an
 * open 2025 round for each, in which the first county has made some progress — its health
 * bureau has submitted, its education bureau is still filling in, and its civil affairs bureau's
 * report was returned by the statistics bureau. Called once, inside the demo's load transaction.
 */
@Component
@ConditionalOnProperty(name = "planwatch.demo.enabled", havingValue = "true")
class DemoMonitoring {

	private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);

	/** Weeks from the day the demo is loaded, so a fresh demo shows a round in progress, not one long overdue. */
	static final int WEEKS_TO_DEADLINE = 6;

	static final String ROUND_NOTE = "演示数据：2025 年度监测";

	private final IndicatorCatalogue catalogue;

	private final HistoryLoads history;

	private final Rounds rounds;

	private final Reporting reporting;

	private final Review review;

	private final Departments departments;

	DemoMonitoring(IndicatorCatalogue catalogue, HistoryLoads history, Rounds rounds, Reporting reporting,
			Review review, Departments departments) {
		this.catalogue = catalogue;
		this.history = history;
		this.rounds = rounds;
		this.reporting = reporting;
		this.review = review;
		this.departments = departments;
	}

	/** Loads the figures of the regions whose plans are given (in order: the city, then its counties) and opens their rounds. */
	void load(Map<DemoRegion, List<Target>> targetsByRegion) {
		long started = System.nanoTime();
		Map<String, Indicator> indicators = catalogue.all()
			.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity()));
		Map<DemoRegion, List<DemoHistory.IndicatorHistory>> histories = new LinkedHashMap<>();
		List<HistoryValue> rows = new ArrayList<>();
		targetsByRegion.forEach((region, targets) -> {
			List<DemoHistory.IndicatorHistory> regionHistory = DemoHistory.of(region, targets, indicators);
			histories.put(region, regionHistory);
			rows.addAll(DemoHistory.historyValues(regionHistory));
		});
		int written = history.load(rows, "demo");
		long loaded = System.nanoTime();
		Map<DemoRegion, Round> opened = new LinkedHashMap<>();
		for (DemoRegion region : targetsByRegion.keySet()) {
			opened.put(region, rounds.open(region.code(), DemoHistory.ROUND_YEAR,
					LocalDate.now().plusWeeks(WEEKS_TO_DEADLINE), false, ROUND_NOTE, "stats"));
		}
		DemoRegion county = DemoRegion.CITY.children().get(0);
		if (opened.containsKey(county)) {
			progress(county, opened.get(county), histories.get(county), indicators);
		}
		log.info("Demo monitoring data: {} historical values in {} ms, {} rounds opened with progress in {} ms", written,
				(loaded - started) / 1_000_000, opened.size(), (System.nanoTime() - loaded) / 1_000_000);
	}

	/** Health submitted (with explanations where soft checks ask), education in draft, civil affairs returned. */
	private void progress(DemoRegion county, Round round, List<DemoHistory.IndicatorHistory> histories,
			Map<String, Indicator> indicators) {
		Map<String, DemoHistory.IndicatorHistory> byCode = histories.stream()
			.collect(Collectors.toMap(h -> h.indicator().code(), Function.identity()));
		String prefix = county.slug() + "-";
		task(round, county, "health").ifPresent(task -> {
			String reporter = prefix + "reporter-health";
			fill(task, byCode, task.indicators().size(), reporter);
			explainAndSubmit(task, indicators, reporter);
		});
		task(round, county, "education").ifPresent(task -> fill(task, byCode, (task.indicators().size() + 1) / 2,
				prefix + "reporter-education"));
		task(round, county, "civil-affairs").ifPresent(task -> {
			String reporter = prefix + "reporter-civil-affairs";
			fill(task, byCode, task.indicators().size(), reporter);
			if (explainAndSubmit(task, indicators, reporter)) {
				review.returnTask(task.id(), returnReason(task, indicators), prefix + "stats");
			}
		});
	}

	/** Why the statistics bureau sends the task back: a denominator that disagrees with its own yearbook. */
	private static String returnReason(Task task, Map<String, Indicator> indicators) {
		return task.indicators()
			.stream()
			.map(i -> indicators.get(i.code()))
			.filter(i -> i != null && i.isRatio())
			.findFirst()
			.map(i -> "“" + i.name() + "”的分母（" + i.denominatorName() + "）与统计年鉴不一致，请核对后重新提交。")
			.orElse("部分数据与统计年鉴不一致，请核对后重新提交。");
	}

	private Optional<Task> task(Round round, DemoRegion region, String kind) {
		return departments.findByKind(region.code(), kind)
			.flatMap(department -> rounds.tasks(round.id())
				.stream()
				.filter(t -> t.departmentId() == department.id())
				.findFirst());
	}

	/** Saves the 2025 figures of the task's first {@code howMany} indicators as a draft. */
	private void fill(Task task, Map<String, DemoHistory.IndicatorHistory> byCode, int howMany, String user) {
		List<CellInput> inputs = new ArrayList<>();
		task.indicators().stream().limit(howMany).map(i -> byCode.get(i.code())).filter(h -> h != null).forEach(h -> {
			for (CellValue cell : h.cells(DemoHistory.ROUND_YEAR)) {
				inputs.add(new CellInput(h.indicator().code(), cell.breakdown().key(), cell.value(), cell.numerator(),
						cell.denominator(), DemoHistory.SOURCE, null, null, null));
			}
		});
		reporting.save(task.id(), inputs, user);
	}

	/**
	 * Explains every soft finding and submits; leaves the task in draft (and says so in the log)
	 * when a hard finding remains, since a refused submission would roll back the whole demo.
	 */
	private boolean explainAndSubmit(Task task, Map<String, Indicator> indicators, String user) {
		List<Finding> findings = reporting.check(task.id());
		if (findings.stream().anyMatch(Finding::blocks)) {
			log.warn("Demo task {} left in draft: {}", task.departmentName(), findings.get(0).message());
			return false;
		}
		Map<String, ReportedValue> saved = reporting.values(task.id())
			.stream()
			.collect(Collectors.toMap(v -> v.indicatorCode() + "|" + v.breakdown().key(), Function.identity()));
		Map<String, CellInput> explained = new LinkedHashMap<>();
		for (Finding finding : findings) {
			String key = finding.indicatorCode() + "|" + finding.breakdown().key();
			ReportedValue value = saved.get(key);
			if (value == null || explained.containsKey(key)) {
				continue;
			}
			CellValue cell = new CellValue(value.breakdown(), value.value(), value.numerator(), value.denominator());
			String explanation = DemoExplanations.of(finding, indicators.get(finding.indicatorCode()), cell);
			explained.put(key, new CellInput(value.indicatorCode(), value.breakdown().key(), value.value(),
					value.numerator(), value.denominator(), value.source(), value.note(), explanation, value.version()));
		}
		if (!explained.isEmpty()) {
			reporting.save(task.id(), List.copyOf(explained.values()), user);
		}
		reporting.submit(task.id(), user);
		return true;
	}

}
