package cn.planwatch.web;

import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.EvaluatedTarget;
import cn.planwatch.evaluation.SelfAssessment;

/**
 * One led target on the self-assessment page: the target, the stored entry, and the texts the form
 * shows — what was posted when a save was refused, else what is stored.
 */
public record EntryView(EvaluatedTarget target, SelfAssessment.Entry entry, String conclusion, String progress,
		String measures, String problems, String nextSteps) {

	static EntryView of(EvaluatedTarget target, SelfAssessment.Entry entry, Draft.EntryDraft posted) {
		if (posted != null) {
			return new EntryView(target, entry, posted.conclusion() == null ? "" : posted.conclusion().name(),
					posted.progress(), posted.measures(), posted.problems(), posted.nextSteps());
		}
		return new EntryView(target, entry, entry.conclusion() == null ? "" : entry.conclusion().name(), entry.progress(),
				entry.measures(), entry.problems(), entry.nextSteps());
	}

	public String field(String name) {
		return SelfAssessmentForm.field(name, target.id());
	}

}
