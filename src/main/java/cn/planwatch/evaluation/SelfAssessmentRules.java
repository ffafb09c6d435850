package cn.planwatch.evaluation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.Texts;

/** When a self-assessment may be changed, and how a change against an old version is refused. */
final class SelfAssessmentRules {

	static final int MAX_TEXT = 10_000;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private SelfAssessmentRules() {
	}

	/** The department may change its texts and attachments. */
	static void requireEditable(Evaluation evaluation, SelfAssessment assessment) {
		requireInProgress(evaluation);
		if (!assessment.status().editable()) {
			throw new InvalidInputException("status",
					"“" + assessment.departmentName() + "”的自评报告" + assessment.status().label() + "，不能再修改。");
		}
	}

	/** The evaluation group may act on the self-assessment: it is in one of {@code allowed}. */
	static void requireReviewable(Evaluation evaluation, SelfAssessment assessment, Set<SelfAssessmentStatus> allowed,
			String what) {
		requireInProgress(evaluation);
		if (!allowed.contains(assessment.status())) {
			throw new InvalidInputException("status",
					"“" + assessment.departmentName() + "”的自评报告" + assessment.status().label() + "，不能" + what + "。");
		}
	}

	static void requireInProgress(Evaluation evaluation) {
		if (!evaluation.status().inProgress()) {
			throw new InvalidInputException("status",
					evaluation.title() + evaluation.status().label() + "，自评报告不能再修改或评审。");
		}
	}

	static void requireVersion(SelfAssessment current, int expectedVersion) {
		if (current.version() != expectedVersion) {
			throw conflict(current);
		}
	}

	static EvaluationConflictException conflict(SelfAssessment current) {
		String who = current.updatedBy() == null ? "他人" : current.updatedBy();
		String when = current.updatedAt() == null ? "" : " 于 " + current.updatedAt().atZoneSameInstant(ZoneId.systemDefault()).format(MINUTE);
		return new EvaluationConflictException("“" + current.departmentName() + "”的自评报告已被 " + who + when
				+ " 修改，您看到的是旧内容；请刷新后再修改，以免覆盖他人的更改。");
	}

	/** The text stripped, null when blank; refused when longer than {@link #MAX_TEXT}. */
	static String text(String text, String field, String where) {
		String clean = Texts.blankToNull(text);
		if (clean != null && clean.length() > MAX_TEXT) {
			throw new InvalidInputException(field, where + "超过 " + MAX_TEXT + " 字（现有 " + clean.length() + " 字），请精简。");
		}
		return clean;
	}

	static String required(String text, String field, String what) {
		String clean = Texts.blankToNull(text);
		if (clean == null) {
			throw new InvalidInputException(field, "请填写" + what + "。");
		}
		return text(clean, field, what);
	}

}
