package cn.planwatch.extraction.parser;

import java.util.ArrayList;
import java.util.List;

import cn.planwatch.extraction.parser.PlanTitles.PlanTitle;

/**
 * Splits a notice into its plans. One notice may carry a women's and a children's plan one after
 * the other; each begins at its title line. A title counts only when a 主要目标 heading follows it
 * (or, in plans that write none, a 策略措施 heading) before the next title, so the titles quoted in
 * the covering notice or repeated as running heads
 * do not start plans. A document without any title but with 主要目标 headings is one untitled plan.
 */
public final class PlanSplitter {

	private PlanSplitter() {
	}

	/** The lines [start, end) of one plan, and its title (null when the document has none). */
	public record PlanSection(PlanTitle title, int start, int end) {
	}

	/** The plans of a document's clean lines, in order; empty when no area anchor is found at all. */
	public static List<PlanSection> split(List<String> lines) {
		List<int[]> candidates = new ArrayList<>();
		List<PlanTitle> titles = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PlanTitle title = PlanTitles.read(lines.get(i));
			if (title == null && i + 1 < lines.size() && startsWithBracket(lines.get(i + 1))) {
				title = PlanTitles.read(lines.get(i) + lines.get(i + 1));
			}
			if (title == null) {
				continue;
			}
			if (!titles.isEmpty() && titles.get(titles.size() - 1).title().equals(title.title())) {
				continue; // the same plan again: a running head or the notice quoting it
			}
			candidates.add(new int[] { i });
			titles.add(title);
		}
		List<PlanSection> sections = new ArrayList<>();
		int firstGoals = firstAreaAnchor(lines, 0, lines.size());
		if (firstGoals < 0) {
			return sections;
		}
		for (int k = 0; k < candidates.size(); k++) {
			int start = candidates.get(k)[0];
			int end = k + 1 < candidates.size() ? candidates.get(k + 1)[0] : lines.size();
			if (hasAreaAnchor(lines, start, end)) {
				sections.add(new PlanSection(titles.get(k), start, end));
			}
		}
		if (sections.isEmpty()) {
			sections.add(new PlanSection(null, 0, lines.size()));
		}
		else if (firstGoals < sections.get(0).start()) {
			sections.add(0, new PlanSection(null, 0, sections.get(0).start()));
		}
		// a title kept only for a later plan of the same title would leave its text to the one before
		List<PlanSection> merged = new ArrayList<>();
		for (PlanSection section : sections) {
			if (!merged.isEmpty()) {
				PlanSection previous = merged.get(merged.size() - 1);
				if (previous.end() != section.start()) {
					merged.set(merged.size() - 1, new PlanSection(previous.title(), previous.start(), section.start()));
				}
			}
			merged.add(section);
		}
		return merged;
	}

	private static boolean startsWithBracket(String line) {
		String folded = WidthFolder.fold(line).strip();
		return folded.startsWith("(") && folded.length() <= 16;
	}

	private static boolean hasAreaAnchor(List<String> lines, int from, int to) {
		return firstAreaAnchor(lines, from, to) >= 0;
	}

	private static int firstAreaAnchor(List<String> lines, int from, int to) {
		for (int i = from; i < to; i++) {
			if (SectionHeadings.isGoalsHeading(lines.get(i)) || SectionHeadings.isStrategiesHeading(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
