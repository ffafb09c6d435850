package cn.planwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.EvaluatedTarget;
import cn.planwatch.shared.InvalidInputException;

/**
 * The department's self-assessment form: {@code summary}, {@code version}, and per target
 * {@code conclusion-ID}, {@code progress-ID}, {@code measures-ID}, {@code problems-ID}, {@code nextSteps-ID}.
 */
final class SelfAssessmentForm {

	static final List<String> ENTRY_FIELDS = List.of("conclusion", "progress", "measures", "problems", "nextSteps");

	private SelfAssessmentForm() {
	}

	static String field(String name, long targetId) {
		return name + "-" + targetId;
	}

	/** The draft the form holds for the given targets; a target with none of its fields posted is left out. */
	static Draft parse(Map<String, String> form, List<EvaluatedTarget> targets) {
		List<Draft.EntryDraft> entries = new ArrayList<>();
		for (EvaluatedTarget target : targets) {
			long id = target.id();
			if (ENTRY_FIELDS.stream().noneMatch(f -> form.containsKey(field(f, id)))) {
				continue;
			}
			entries.add(new Draft.EntryDraft(id, conclusion(form.get(field("conclusion", id)), target),
					form.get(field("progress", id)), form.get(field("measures", id)), form.get(field("problems", id)),
					form.get(field("nextSteps", id))));
		}
		return new Draft(form.get("summary"), entries);
	}

	/** The version the form was loaded with. */
	static int version(Map<String, String> form) {
		try {
			return Integer.parseInt(form.getOrDefault("version", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("version", "表单缺少版本号，请刷新页面后再保存。");
		}
	}

	private static Conclusion conclusion(String text, EvaluatedTarget target) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Conclusion.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("conclusion", target.label() + "的自评结论“" + text + "”无效，请从列表中选择。");
		}
	}

}
