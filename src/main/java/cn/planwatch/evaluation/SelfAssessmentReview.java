package cn.planwatch.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.evaluation.EvaluationAudit.Action;
import cn.planwatch.evaluation.internal.EvaluationAuditRepository;
import cn.planwatch.evaluation.internal.SelfAssessmentRepository;
import cn.planwatch.shared.InvalidInputException;

/**
 * The evaluation group's review of a self-assessment: scoring it (0–100, for the department and
 * optionally per entry, with comments), accepting it, or returning it to the department with a
 * reason. Each names the version the reviewer saw; every step is audited.
 */
@Service
public class SelfAssessmentReview {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Set<SelfAssessmentStatus> SUBMITTED_OR_ACCEPTED = Set.of(SelfAssessmentStatus.SUBMITTED,
			SelfAssessmentStatus.ACCEPTED);

	private final SelfAssessments selfAssessments;

	private final SelfAssessmentRepository repository;

	private final EvaluationAuditRepository audit;

	private final Evaluations evaluations;

	SelfAssessmentReview(SelfAssessments selfAssessments, SelfAssessmentRepository repository,
			EvaluationAuditRepository audit, Evaluations evaluations) {
		this.selfAssessments = selfAssessments;
		this.repository = repository;
		this.audit = audit;
		this.evaluations = evaluations;
	}

	/** Records the score and comments of a submitted (or already accepted) self-assessment. */
	@Transactional
	public SelfAssessment score(long id, Scoring scoring, int expectedVersion, String user) {
		SelfAssessment current = selfAssessments.get(id);
		Evaluation evaluation = reviewable(current, SUBMITTED_OR_ACCEPTED, "评分");
		apply(evaluation, current, scoring, expectedVersion, user);
		return selfAssessments.get(id);
	}

	/**
	 * Accepts a submitted self-assessment, first recording {@code scoring} when given; refused while
	 * the department has no score.
	 */
	@Transactional
	public SelfAssessment accept(long id, Scoring scoring, int expectedVersion, String user) {
		SelfAssessment current = selfAssessments.get(id);
		Evaluation evaluation = reviewable(current, Set.of(SelfAssessmentStatus.SUBMITTED), "评审通过");
		int version = expectedVersion;
		if (scoring != null) {
			apply(evaluation, current, scoring, expectedVersion, user);
			version = expectedVersion + 1;
			current = selfAssessments.get(id);
		}
		else {
			SelfAssessmentRules.requireVersion(current, expectedVersion);
		}
		if (current.score() == null) {
			throw new InvalidInputException("score", "请先为“" + current.departmentName() + "”的自评报告评分（0—100），再评审通过。");
		}
		return selfAssessments.move(evaluation, current, version, SelfAssessmentStatus.ACCEPTED, null, user, Action.ACCEPT);
	}

	/** Returns a submitted or accepted self-assessment to the department, with the reason it will see. */
	@Transactional
	public SelfAssessment returnToDepartment(long id, String reason, int expectedVersion, String user) {
		SelfAssessment current = selfAssessments.get(id);
		Evaluation evaluation = reviewable(current, SUBMITTED_OR_ACCEPTED, "退回");
		String why = SelfAssessmentRules.required(reason, "reason", "退回原因");
		SelfAssessmentRules.requireVersion(current, expectedVersion);
		return selfAssessments.move(evaluation, current, expectedVersion, SelfAssessmentStatus.RETURNED, why, user,
				Action.RETURN);
	}

	private Evaluation reviewable(SelfAssessment current, Set<SelfAssessmentStatus> allowed, String what) {
		Evaluation evaluation = evaluations.get(current.evaluationId());
		SelfAssessmentRules.requireReviewable(evaluation, current, allowed, what);
		return evaluation;
	}

	private void apply(Evaluation evaluation, SelfAssessment current, Scoring scoring, int expectedVersion, String user) {
		SelfAssessmentRules.requireVersion(current, expectedVersion);
		String department = "“" + current.departmentName() + "”";
		BigDecimal score = score(scoring.score(), "score", department + "的评分");
		String comment = SelfAssessmentRules.text(scoring.comment(), "comment", department + "的评审意见");
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluation);
		Set<Long> own = new HashSet<>(current.entries().stream().map(SelfAssessment.Entry::targetId).toList());
		List<Scoring.EntryScore> entries = new ArrayList<>();
		for (Scoring.EntryScore entry : scoring.entries()) {
			if (!own.contains(entry.targetId())) {
				throw new InvalidInputException("targetId",
						"目标（编号 " + entry.targetId() + "）不在" + department + "的自评范围内。");
			}
			String where = targets.get(entry.targetId()).label();
			entries.add(new Scoring.EntryScore(entry.targetId(), score(entry.score(), "entryScore", where + "的评分"),
					SelfAssessmentRules.text(entry.comment(), "entryComment", where + "的评审意见")));
		}
		if (!repository.updateScore(current.id(), expectedVersion, score, comment, user)) {
			throw SelfAssessmentRules.conflict(selfAssessments.get(current.id()));
		}
		entries.forEach(e -> repository.updateEntryScore(current.id(), e.targetId(), e.score(), e.comment()));
		audit.record(evaluation.id(), current.id(), user, Action.SCORE,
				score == null ? null : "评分 " + score.stripTrailingZeros().toPlainString());
	}

	/** A score from 0 to 100 with at most one decimal, or null. */
	private static BigDecimal score(BigDecimal score, String field, String what) {
		if (score == null) {
			return null;
		}
		if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
			throw new InvalidInputException(field, what + "须在 0 到 100 之间，现为 " + score.stripTrailingZeros().toPlainString() + "。");
		}
		if (score.stripTrailingZeros().scale() > 1) {
			throw new InvalidInputException(field, what + "最多保留一位小数，现为 " + score.toPlainString() + "。");
		}
		return score;
	}

}
