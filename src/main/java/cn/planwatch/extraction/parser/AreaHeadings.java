package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.planwatch.extraction.parser.SectionHeadings.OrdinalHeading;

/**
 * Finds the development areas of a plan and the lines of their goals and strategies. Each area is
 * anchored on its 主要目标 heading; its own heading is the nearest ordinal heading above it
 * ("（一）妇女与健康", "(二) 儿童与安全（牵头单位：…）", "一、儿童与健康"), even when that heading wraps
 * onto a second line. The goals run to the 策略措施 heading, the strategies to the next area's
 * heading or to the first part heading after them (三、组织实施, 第二部分).
 */
public final class AreaHeadings {

	private static final int LOOK_BACK = 4;

	private static final Pattern NAME_END = Pattern.compile("[(。:,;]");

	private AreaHeadings() {
	}

	/**
	 * One area's place in the lines: its heading number and name, the first line of its heading,
	 * the ranges of its goal lines and strategy lines (strategiesStart = strategiesEnd when none).
	 */
	public record AreaBlock(int ordinal, String name, boolean headingFound, int headingLine, int goalsStart,
			int goalsEnd, String firstGoalLine, int strategiesStart, int strategiesEnd, String firstStrategyLine) {
	}

	/**
	 * The areas between {@code from} and {@code to}, the index where the text after them begins, and
	 * whether they had to be found without 主要目标 headings.
	 */
	public record Areas(List<AreaBlock> blocks, int after, boolean withoutGoalHeadings) {
	}

	/** Finds the areas in lines [from, to) of one plan. */
	public static Areas find(List<String> lines, int from, int to) {
		List<Integer> goalHeadings = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (SectionHeadings.isGoalsHeading(lines.get(i))) {
				goalHeadings.add(i);
			}
		}
		if (goalHeadings.isEmpty()) {
			return withoutGoalHeadings(lines, from, to);
		}
		List<int[]> headings = new ArrayList<>();
		List<OrdinalHeading> ordinals = new ArrayList<>();
		int floor = from;
		for (int g : goalHeadings) {
			int found = -1;
			OrdinalHeading heading = null;
			for (int i = g - 1; i >= Math.max(floor, g - LOOK_BACK); i--) {
				if (SectionHeadings.isStrategiesHeading(lines.get(i))) {
					break;
				}
				heading = SectionHeadings.ordinalHeading(lines.get(i));
				if (heading != null) {
					found = i;
					break;
				}
			}
			headings.add(new int[] { found >= 0 ? found : g, found >= 0 ? 1 : 0 });
			ordinals.add(found >= 0 ? heading : null);
			floor = g + 1;
		}
		List<AreaBlock> blocks = new ArrayList<>();
		int after = to;
		for (int k = 0; k < goalHeadings.size(); k++) {
			int g = goalHeadings.get(k);
			int areaEnd = firstPartBreak(lines, g + 1, k + 1 < goalHeadings.size() ? headings.get(k + 1)[0] : to);
			if (k + 1 == goalHeadings.size()) {
				after = areaEnd;
			}
			int s = -1;
			for (int i = g + 1; i < areaEnd; i++) {
				if (SectionHeadings.isStrategiesHeading(lines.get(i))) {
					s = i;
					break;
				}
			}
			OrdinalHeading heading = ordinals.get(k);
			int ordinal = heading != null ? heading.ordinal() : k + 1;
			String name = heading != null ? name(heading.text()) : "";
			String firstGoal = SectionHeadings.goalsRemainder(lines.get(g));
			String firstStrategy = s >= 0 ? SectionHeadings.strategiesRemainder(lines.get(s)) : "";
			int goalsEnd = s >= 0 ? s : areaEnd;
			int strategiesStart = s >= 0 ? s + 1 : areaEnd;
			blocks.add(new AreaBlock(ordinal, name, heading != null, headings.get(k)[0], g + 1, goalsEnd, firstGoal,
					strategiesStart, areaEnd, firstStrategy));
		}
		return new Areas(blocks, after, false);
	}

	/**
	 * Areas of a plan that writes no 主要目标 heading: each 策略措施 heading closes the goals that
	 * follow the nearest ordinal heading above it.
	 */
	private static Areas withoutGoalHeadings(List<String> lines, int from, int to) {
		List<AreaBlock> blocks = new ArrayList<>();
		List<Integer> strategies = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (SectionHeadings.isStrategiesHeading(lines.get(i))) {
				strategies.add(i);
			}
		}
		int floor = from;
		int after = to;
		for (int k = 0; k < strategies.size(); k++) {
			int s = strategies.get(k);
			int heading = -1;
			OrdinalHeading ordinal = null;
			for (int i = s - 1; i >= floor; i--) {
				ordinal = SectionHeadings.ordinalHeading(lines.get(i));
				if (ordinal != null) {
					heading = i;
					break;
				}
			}
			if (heading < 0) {
				continue;
			}
			int nextHeading = to;
			if (k + 1 < strategies.size()) {
				for (int i = strategies.get(k + 1) - 1; i > s; i--) {
					if (SectionHeadings.ordinalHeading(lines.get(i)) != null) {
						nextHeading = i;
						break;
					}
				}
			}
			int areaEnd = firstPartBreak(lines, s + 1, nextHeading);
			if (k + 1 == strategies.size()) {
				after = areaEnd;
			}
			blocks.add(new AreaBlock(ordinal.ordinal(), name(ordinal.text()), true, heading, heading + 1, s, "", s + 1,
					areaEnd, SectionHeadings.strategiesRemainder(lines.get(s))));
			floor = areaEnd;
		}
		return new Areas(blocks, after, !blocks.isEmpty());
	}

	/** The area name from the heading text: "儿童与健康（牵头单位：…）" → 儿童与健康, "妇女与健康。" → 妇女与健康. */
	static String name(String headingText) {
		String squeezed = TextCleaner.squeeze(headingText);
		Matcher m = NAME_END.matcher(WidthFolder.fold(squeezed));
		return m.find() ? squeezed.substring(0, m.start()) : squeezed;
	}

	private static int firstPartBreak(List<String> lines, int from, int to) {
		for (int i = from; i < to; i++) {
			if (SectionHeadings.isPartBreak(lines.get(i))) {
				return i;
			}
		}
		return to;
	}

}
