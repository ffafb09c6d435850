package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.planwatch.evaluation.EvaluatedTarget;
import cn.planwatch.evaluation.Scoring;

/**
 * The evaluation group's scoring form: {@code score} and {@code comment} for the department, and
 * optionally {@code entryScore-ID} and {@code entryComment-ID} per target.
 */
final class ScoringForm {

	private ScoringForm() {
	}

	static Scoring parse(Map<String, String> form, List<EvaluatedTarget> targets) {
		List<Scoring.EntryScore> entries = new ArrayList<>();
		for (EvaluatedTarget target : targets) {
			String score = form.get(SelfAssessmentForm.field("entryScore", target.id()));
			String comment = form.get(SelfAssessmentForm.field("entryComment", target.id()));
			if (score != null || comment != null) {
				entries.add(new Scoring.EntryScore(target.id(),
						FormValues.number(score, "entryScore", target.label() + "的评分"), comment));
			}
		}
		return new Scoring(FormValues.number(form.get("score"), "score", "评分"), form.get("comment"), entries);
	}

}
