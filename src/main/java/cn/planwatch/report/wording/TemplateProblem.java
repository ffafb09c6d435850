package cn.planwatch.report.wording;

/**
 * One thing wrong with a template or with the data given to it, as a Chinese sentence for the
 * person who edits the template.
 *
 * @param line the 1-based line of the template file it concerns; 0 when no single line does
 * (e.g. a section that is missing altogether)
 * @param section the section it concerns; empty when none does
 * @param message the whole sentence, naming the template, the line and the section
 */
public record TemplateProblem(int line, String section, String message) {

	public TemplateProblem {
		section = section == null ? "" : section;
	}

}
