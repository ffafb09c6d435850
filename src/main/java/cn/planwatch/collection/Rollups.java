package cn.planwatch.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.check.CellValue;
import cn.planwatch.collection.check.IndicatorFacts;
import cn.planwatch.collection.check.Rollup;
import cn.planwatch.collection.internal.IndicatorFactsSource;
import cn.planwatch.collection.internal.ValueRepository;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/**
 * Township values rolled up to the county for a round: for every summable indicator the
 * townships reported, their approved cells are summed ({@link Rollup}) into the county's value,
 * marked as rolled up. A value the county reported itself is never overwritten. The result says
 * which townships are still missing.
 */
@Service
public class Rollups {

	private final Rounds rounds;

	private final ValueRepository values;

	private final IndicatorFactsSource facts;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	Rollups(Rounds rounds, ValueRepository values, IndicatorFactsSource facts, Regions regions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.rounds = rounds;
		this.values = values;
		this.facts = facts;
		this.regions = regions;
	}

	@Transactional
	public List<RollupResult> rollUp(long roundId, String user) {
		Round round = rounds.get(roundId);
		List<Region> townships = regions.children(round.regionCode());
		if (townships.isEmpty()) {
			throw new InvalidInputException("region", "该地区没有下辖乡镇，无需汇总。");
		}
		List<String> townshipCodes = townships.stream().map(Region::code).toList();
		Set<String> indicators = new LinkedHashSet<>();
		rounds.tasks(roundId)
			.stream()
			.filter(t -> townshipCodes.contains(t.regionCode()))
			.forEach(t -> t.indicators().forEach(i -> indicators.add(i.code())));
		Map<String, IndicatorFacts> indicatorFacts = facts.forRegion(round.regionCode());
		List<RollupResult> results = new ArrayList<>();
		for (String code : indicators) {
			IndicatorFacts indicator = indicatorFacts.get(code);
			Map<String, List<CellValue>> byTownship = new LinkedHashMap<>();
			for (ReportedValue value : values.approvedIn(townshipCodes, code, round.year())) {
				byTownship.computeIfAbsent(value.regionCode(), k -> new ArrayList<>())
					.add(new CellValue(value.breakdown(), value.value(), value.numerator(), value.denominator()));
			}
			List<String> missing = townships.stream()
				.filter(t -> !byTownship.containsKey(t.code()))
				.map(Region::name)
				.toList();
			List<String> summed = townships.stream()
				.filter(t -> byTownship.containsKey(t.code()))
				.map(Region::name)
				.toList();
			boolean kept = false;
			for (CellValue cell : Rollup.sum(indicator, byTownship).orElse(List.of())) {
				kept |= !write(round, code, cell, summed, user);
			}
			results.add(new RollupResult(code, summed, missing, kept));
		}
		if (!indicators.isEmpty()) {
			events.publishEvent(new MonitoringValuesChanged(round.regionCode(), indicators));
		}
		return results;
	}

	/** Writes one rolled-up cell; false when the county reported that cell itself, which is kept. */
	private boolean write(Round round, String code, CellValue cell, List<String> summed, String user) {
		String note = "由 " + String.join("、", summed) + " 的已审核数据汇总";
		var existing = values.find(round.regionCode(), code, round.year(), cell.breakdown().key());
		if (existing.isPresent()) {
			ReportedValue before = existing.get();
			if (!before.origin().equals("ROLLUP")) {
				return false;
			}
			values.update(before.id(), before.version(), cell.value(), cell.numerator(), cell.denominator(), "乡镇汇总",
					note, null, ValueStatus.APPROVED, null, user);
			values.audit(before.id(), user, "ROLLUP", before, cell.value(), cell.numerator(), cell.denominator(),
					ValueStatus.APPROVED.name(), note);
			return true;
		}
		long id = values.insert(round.regionCode(), code, round.year(), cell.breakdown().key(), cell.value(),
				cell.numerator(), cell.denominator(), "乡镇汇总", note, null, ValueStatus.APPROVED, "ROLLUP", null, null,
				user);
		values.audit(id, user, "ROLLUP", null, cell.value(), cell.numerator(), cell.denominator(),
				ValueStatus.APPROVED.name(), note);
		return true;
	}

}
