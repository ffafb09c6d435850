package cn.planwatch.assessment.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * 综合达标率 per group of assessments — per area, plan, region or department — and over all of them.
 * <p>
 * The caller names each assessment's group by a key function; a target may belong to several groups
 * (e.g. a lead and an assisting department), then it counts once in each of them, and once in the
 * {@code total}, so the group denominators need not add up to the total's. An assessment with no key
 * counts only in the total. Groups keep the order in which their keys first appear, unless sorted with
 * {@link #sortedBy}. Each rate follows {@link CompositeRate} with the given settings.
 */
public record CompositeRates<K>(Map<K, CompositeRate> groups, CompositeRate total) {

	public CompositeRates {
		groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
		Objects.requireNonNull(total, "total");
	}

	/** A group's place in a ranking: {@code rank} is {@code null} for a group whose rate cannot be computed. */
	public record Ranked<K>(Integer rank, K key, CompositeRate rate) {
	}

	/** Rates per key, one key per assessment (e.g. its area); a {@code null} key is refused. */
	public static <K> CompositeRates<K> groupBy(Collection<Assessment> assessments,
			Function<? super Assessment, ? extends K> key, Settings settings) {
		return groupByEach(assessments, assessment -> Collections.singleton(key.apply(assessment)), settings);
	}

	/** Rates per key, any number of keys per assessment (e.g. its responsible departments); {@code null} keys are refused. */
	public static <K> CompositeRates<K> groupByEach(Collection<Assessment> assessments,
			Function<? super Assessment, ? extends Collection<? extends K>> keys, Settings settings) {
		Map<K, List<Assessment>> members = new LinkedHashMap<>();
		for (Assessment assessment : assessments) {
			Collection<? extends K> ofAssessment = Objects.requireNonNull(keys.apply(assessment),
					() -> "no key collection for " + assessment.target().indicator());
			Set<K> distinct = new LinkedHashSet<>(ofAssessment);
			for (K key : distinct) {
				Objects.requireNonNull(key, () -> "null key for " + assessment.target().indicator());
				members.computeIfAbsent(key, k -> new ArrayList<>()).add(assessment);
			}
		}
		Map<K, CompositeRate> groups = new LinkedHashMap<>();
		members.forEach((key, group) -> groups.put(key, CompositeRate.ofAssessments(group, settings)));
		return new CompositeRates<>(groups, CompositeRate.ofAssessments(assessments, settings));
	}

	/** The same rates with the groups in the caller's order of keys. */
	public CompositeRates<K> sortedBy(Comparator<? super K> order) {
		Map<K, CompositeRate> sorted = new LinkedHashMap<>();
		groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return new CompositeRates<>(sorted, total);
	}

	/**
	 * Ranks groups by rate, highest first. Equal rates (e.g. 2/4 and 3/6) share a rank and the next rank
	 * skips as many places (1, 2, 2, 4); among equals the map's order is kept. Groups whose rate cannot
	 * be computed (denominator 0) come last, unranked.
	 */
	public static <K> List<Ranked<K>> rank(Map<K, CompositeRate> rates) {
		List<Map.Entry<K, CompositeRate>> entries = new ArrayList<>(rates.entrySet());
		entries.sort(Comparator.comparing(entry -> entry.getValue().rate(),
				Comparator.nullsLast(Comparator.<Double>reverseOrder())));
		List<Ranked<K>> ranking = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Double rate = entries.get(i).getValue().rate();
			Integer rank = rate == null ? null
					: i > 0 && rate.equals(entries.get(i - 1).getValue().rate()) ? ranking.get(i - 1).rank() : i + 1;
			ranking.add(new Ranked<>(rank, entries.get(i).getKey(), entries.get(i).getValue()));
		}
		return List.copyOf(ranking);
	}

}
