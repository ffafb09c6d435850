package cn.planwatch.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggests catalogue indicators for a target as a plan words it ("适龄妇女宫颈癌人群筛查率" →
 * 宫颈癌筛查率). Plain Java over a list of indicators, so it is fast and testable.
 * <p>
 * Both names are reduced to their core — width-normalised, without brackets, population words
 * (适龄、人群、全县…) and with synonyms unified (女性 → 妇女) — then compared: the same core scores
 * 1; a core contained in the other scores by how much of the longer one it covers; otherwise the
 * Dice coefficient of character bigrams. A unit that contradicts the indicator's and a plan of the
 * other kind lower the score.
 */
public final class IndicatorMatcher {

	private static final double MIN_SCORE = 0.45;

	private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");

	private static final Pattern NOISE = Pattern.compile(
			"适龄|人群|全市|全县|全区|全省|本地区|我市|我县|我区|城乡|总体|综合|以上|以下|及以上|累计|年度|平均|人均(?=受教育)|[、，,。；;：:“”\"'\\s]");

	/** "妇女宫颈癌筛查率" and "宫颈癌筛查率" name the same thing; the population is the plan's. */
	private static final Pattern LEADING_POPULATION = Pattern.compile("^(妇女|儿童)(?=.{3,})");

	private final List<Indicator> catalogue;

	public IndicatorMatcher(List<Indicator> catalogue) {
		this.catalogue = List.copyOf(catalogue);
	}

	/** Up to {@code limit} suggestions, best first; empty when nothing is similar enough. */
	public List<IndicatorSuggestion> suggest(String name, String unit, PlanKind kind, int limit) {
		String core = core(name);
		if (core.isEmpty()) {
			return List.of();
		}
		List<IndicatorSuggestion> suggestions = new ArrayList<>();
		for (Indicator indicator : catalogue) {
			IndicatorSuggestion suggestion = score(name, core, unit, kind, indicator);
			if (suggestion.score() >= MIN_SCORE) {
				suggestions.add(suggestion);
			}
		}
		suggestions.sort(Comparator.comparingDouble(IndicatorSuggestion::score).reversed()
			.thenComparing(s -> s.indicator().code()));
		return suggestions.subList(0, Math.min(limit, suggestions.size()));
	}

	private static IndicatorSuggestion score(String name, String core, String unit, PlanKind kind, Indicator indicator) {
		String other = core(indicator.name());
		double score;
		String reason;
		if (core.equals(other)) {
			score = 1.0;
			reason = name.equals(indicator.name()) ? "名称一致" : "去掉限定词后名称一致";
		}
		else if (!other.isEmpty() && core.contains(other)) {
			score = 0.78 + 0.2 * other.length() / core.length();
			reason = "规划表述“" + name + "”包含目录指标名称“" + indicator.name() + "”";
		}
		else if (!other.isEmpty() && other.contains(core) && core.length() >= 3) {
			score = 0.7 + 0.2 * core.length() / other.length();
			reason = "目录指标名称“" + indicator.name() + "”包含规划表述“" + name + "”";
		}
		else {
			score = dice(core, other);
			reason = String.format(Locale.ROOT, "名称相似度 %.2f", score);
		}
		if (unit != null && indicator.unit() != null && !compatibleUnits(unit, indicator.unit())) {
			score -= 0.2;
			reason += "；单位不同（" + unit + " 与 " + indicator.unit() + "）";
		}
		if (kind != null && indicator.planKind() != kind) {
			score -= 0.1;
			reason += "；属于" + indicator.planKind().label();
		}
		return new IndicatorSuggestion(indicator, Math.max(0, Math.min(1, score)), reason);
	}

	/** Relative changes ("下降20%", "提高5个百分点") fit any indicator; otherwise the units must agree. */
	private static boolean compatibleUnits(String unit, String indicatorUnit) {
		return unit.equals(indicatorUnit) || unit.equals("%") || unit.equals("个百分点");
	}

	static String core(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder halfWidth = new StringBuilder(name.length());
		name.codePoints().forEach(c -> halfWidth.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c));
		String text = BRACKETS.matcher(halfWidth).replaceAll("");
		text = text.replace("女性", "妇女").replace("妇女儿童", "妇女").replace("率的", "率");
		text = NOISE.matcher(text).replaceAll("");
		return LEADING_POPULATION.matcher(text).replaceFirst("");
	}

	private static double dice(String a, String b) {
		Set<String> left = bigrams(a);
		Set<String> right = bigrams(b);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(left);
		common.retainAll(right);
		return 2.0 * common.size() / (left.size() + right.size());
	}

	private static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 2 <= text.length(); i++) {
			grams.add(text.substring(i, i + 2));
		}
		return grams;
	}

}
