package cn.planwatch.report.wording;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A template that cannot be read, or a section that cannot be rendered with the data given. The
 * message is Chinese and lists every problem found, one a line.
 */
public class TemplateException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<TemplateProblem> problems;

	public TemplateException(List<TemplateProblem> problems) {
		super(problems.stream().map(TemplateProblem::message).collect(Collectors.joining("\n")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A template exception needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<TemplateProblem> problems() {
		return problems;
	}

}
