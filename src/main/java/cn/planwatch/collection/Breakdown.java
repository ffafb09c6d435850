package cn.planwatch.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.planwatch.plan.Disaggregation;
import cn.planwatch.plan.PlanKind;

/**
 * One cell of an indicator's disaggregation: the total, or one member of one dimension (sex,
 * urban/rural, an age band). Stored by its {@link #key()}: {@code TOTAL}, {@code SEX:FEMALE}…
 */
public record Breakdown(String dimension, String member, String label) {

	public static final Breakdown TOTAL = new Breakdown("TOTAL", "", "合计");

	public static final Breakdown FEMALE = new Breakdown("SEX", "FEMALE", "女");

	public static final Breakdown MALE = new Breakdown("SEX", "MALE", "男");

	public static final Breakdown URBAN = new Breakdown("AREA", "URBAN", "城镇");

	public static final Breakdown RURAL = new Breakdown("AREA", "RURAL", "农村");

	static final List<Breakdown> CHILD_AGES = List.of(new Breakdown("AGE", "0-5", "0—5岁"),
			new Breakdown("AGE", "6-14", "6—14岁"), new Breakdown("AGE", "15-17", "15—17岁"));

	static final List<Breakdown> ADULT_AGES = List.of(new Breakdown("AGE", "18-34", "18—34岁"),
			new Breakdown("AGE", "35-59", "35—59岁"), new Breakdown("AGE", "60+", "60岁及以上"));

	public String key() {
		return dimension.equals("TOTAL") ? "TOTAL" : dimension + ":" + member;
	}

	public boolean isTotal() {
		return dimension.equals("TOTAL");
	}

	/** The cells an indicator is reported in: the total first, then each dimension it is disaggregated by. */
	public static List<Breakdown> of(Set<Disaggregation> disaggregations, PlanKind kind) {
		List<Breakdown> cells = new ArrayList<>();
		cells.add(TOTAL);
		if (disaggregations.contains(Disaggregation.SEX)) {
			cells.add(FEMALE);
			cells.add(MALE);
		}
		if (disaggregations.contains(Disaggregation.URBAN_RURAL)) {
			cells.add(URBAN);
			cells.add(RURAL);
		}
		if (disaggregations.contains(Disaggregation.AGE)) {
			cells.addAll(kind == PlanKind.CHILDREN ? CHILD_AGES : ADULT_AGES);
		}
		return cells;
	}

	public static Breakdown fromKey(String key) {
		if (key.equals("TOTAL")) {
			return TOTAL;
		}
		for (Breakdown b : List.of(FEMALE, MALE, URBAN, RURAL)) {
			if (b.key().equals(key)) {
				return b;
			}
		}
		for (Breakdown b : CHILD_AGES) {
			if (b.key().equals(key)) {
				return b;
			}
		}
		for (Breakdown b : ADULT_AGES) {
			if (b.key().equals(key)) {
				return b;
			}
		}
		throw new IllegalArgumentException("Unknown breakdown " + key);
	}

}
