package cn.planwatch.evaluation;

import java.util.List;

import cn.planwatch.shared.InvalidInputException;

/** A self-assessment cannot be submitted yet: each problem is a Chinese sentence naming the target. */
public class IncompleteSelfAssessmentException extends InvalidInputException {

	private final List<String> problems;

	public IncompleteSelfAssessmentException(String message, List<String> problems) {
		super("entries", message);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
