package cn.planwatch.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.evaluation.Draft.EntryDraft;
import cn.planwatch.evaluation.EvaluationAudit.Action;
import cn.planwatch.evaluation.internal.EvaluationAuditRepository;
import cn.planwatch.evaluation.internal.SelfAssessmentRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * A department writing its self-assessment: reading it, saving drafts, submitting it. Two people
 * editing one report never lose an update: a save names the version it started from, and a save
 * against a newer version is refused as a conflict. Submitting needs a conclusion and a 完成情况 text
 * for every target.
 */
@Service
public class SelfAssessments {

	private final SelfAssessmentRepository selfAssessments;

	private final EvaluationAuditRepository audit;

	private final Evaluations evaluations;

	SelfAssessments(SelfAssessmentRepository selfAssessments, EvaluationAuditRepository audit, Evaluations evaluations) {
		this.selfAssessments = selfAssessments;
		this.audit = audit;
		this.evaluations = evaluations;
	}

	public SelfAssessment get(long id) {
		return selfAssessments.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的自评报告。"));
	}

	/** The self-assessments of an evaluation, one per lead department. */
	public List<SelfAssessment> ofEvaluation(long evaluationId) {
		return selfAssessments.ofEvaluation(evaluationId);
	}

	/** The department's self-assessments in all evaluations, newest first. */
	public List<SelfAssessment> ofDepartment(long departmentId) {
		return selfAssessments.ofDepartment(departmentId);
	}

	/** The self-assessment an attachment belongs to. */
	public SelfAssessment ofAttachment(Attachment attachment) {
		return get(selfAssessments.ofEntry(attachment.entryId()).orElseThrow());
	}

	/**
	 * Saves the summary and the entries the draft lists. Refused once submitted (until returned),
	 * once the evaluation has gone to the leadership group, and when {@code expectedVersion} is not
	 * the current version.
	 */
	@Transactional
	public SelfAssessment saveDraft(long id, Draft draft, int expectedVersion, String user) {
		SelfAssessment current = get(id);
		Evaluation evaluation = evaluations.get(current.evaluationId());
		SelfAssessmentRules.requireEditable(evaluation, current);
		SelfAssessmentRules.requireVersion(current, expectedVersion);
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluation);
		Set<Long> own = new HashSet<>(current.entries().stream().map(SelfAssessment.Entry::targetId).toList());
		Set<Long> seen = new HashSet<>();
		List<EntryDraft> entries = new ArrayList<>();
		for (EntryDraft entry : draft.entries()) {
			if (!own.contains(entry.targetId())) {
				throw new InvalidInputException("targetId",
						"目标（编号 " + entry.targetId() + "）不在“" + current.departmentName() + "”的自评范围内。");
			}
			String where = targets.get(entry.targetId()).label();
			if (!seen.add(entry.targetId())) {
				throw new InvalidInputException("targetId", where + "重复出现，每个目标只能填写一次。");
			}
			entries.add(new EntryDraft(entry.targetId(), entry.conclusion(),
					SelfAssessmentRules.text(entry.progress(), "progress", where + "的“完成情况”"),
					SelfAssessmentRules.text(entry.measures(), "measures", where + "的“主要措施”"),
					SelfAssessmentRules.text(entry.problems(), "problems", where + "的“存在问题”"),
					SelfAssessmentRules.text(entry.nextSteps(), "nextSteps", where + "的“下一步打算”")));
		}
		String summary = SelfAssessmentRules.text(draft.summary(), "summary", "“总体自评”");
		if (!selfAssessments.updateSummary(id, expectedVersion, summary, user)) {
			throw SelfAssessmentRules.conflict(get(id));
		}
		for (EntryDraft entry : entries) {
			selfAssessments.updateEntry(id, entry.targetId(), entry.conclusion(), entry.progress(), entry.measures(),
					entry.problems(), entry.nextSteps());
		}
		audit.record(evaluation.id(), id, user, Action.SAVE_DRAFT, null);
		return get(id);
	}

	/** What still keeps the self-assessment from being submitted, each naming its target; empty when ready. */
	public List<String> problems(long id) {
		SelfAssessment current = get(id);
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluations.get(current.evaluationId()));
		List<String> problems = new ArrayList<>();
		for (SelfAssessment.Entry entry : current.entries()) {
			String where = targets.get(entry.targetId()).label();
			if (entry.conclusion() == null) {
				problems.add(where + "：请选择自评结论。");
			}
			if (entry.progress() == null || entry.progress().isBlank()) {
				problems.add(where + "：请填写完成情况。");
			}
		}
		return problems;
	}

	/** Submits the self-assessment to the evaluation group; refused while an entry lacks its conclusion or 完成情况. */
	@Transactional
	public SelfAssessment submit(long id, int expectedVersion, String user) {
		SelfAssessment current = get(id);
		Evaluation evaluation = evaluations.get(current.evaluationId());
		SelfAssessmentRules.requireEditable(evaluation, current);
		SelfAssessmentRules.requireVersion(current, expectedVersion);
		List<String> problems = problems(id);
		if (!problems.isEmpty()) {
			throw new IncompleteSelfAssessmentException("还有 " + problems.size() + " 处未填写，补全后才能提交：" + problems.get(0)
					+ (problems.size() > 1 ? "……" : ""), problems);
		}
		return move(evaluation, current, expectedVersion, SelfAssessmentStatus.SUBMITTED, null, user, Action.SUBMIT);
	}

	/** Moves the report to {@code status} from {@code version}, audited; a conflict when someone else changed it. */
	SelfAssessment move(Evaluation evaluation, SelfAssessment current, int version, SelfAssessmentStatus status,
			String reason, String user, Action action) {
		if (!selfAssessments.changeStatus(current.id(), version, status, reason, user)) {
			throw SelfAssessmentRules.conflict(get(current.id()));
		}
		audit.record(evaluation.id(), current.id(), user, action, reason);
		return get(current.id());
	}

}
