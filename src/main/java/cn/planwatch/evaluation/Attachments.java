package cn.planwatch.evaluation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.evaluation.EvaluationAudit.Action;
import cn.planwatch.evaluation.internal.AttachmentRepository;
import cn.planwatch.evaluation.internal.EvaluationAuditRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * Evidence files (佐证材料) attached to the entries of a self-assessment, kept in the database: up to
 * {@link #MAX_BYTES} each, added and deleted only while the department may edit its report.
 * Attachments do not change the report's version, so uploading never makes an open form stale.
 */
@Service
public class Attachments {

	/** 20 MB. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final int MAX_NAME = 200;

	private final AttachmentRepository attachments;

	private final EvaluationAuditRepository audit;

	private final SelfAssessments selfAssessments;

	private final Evaluations evaluations;

	Attachments(AttachmentRepository attachments, EvaluationAuditRepository audit, SelfAssessments selfAssessments,
			Evaluations evaluations) {
		this.attachments = attachments;
		this.audit = audit;
		this.selfAssessments = selfAssessments;
		this.evaluations = evaluations;
	}

	/** Attaches a file to the entry of {@code targetId}; refused when empty, over 20 MB, or the report is not editable. */
	@Transactional
	public Attachment attach(long selfAssessmentId, long targetId, String fileName, String contentType, byte[] content,
			String user) {
		SelfAssessment assessment = selfAssessments.get(selfAssessmentId);
		Evaluation evaluation = evaluations.get(assessment.evaluationId());
		SelfAssessmentRules.requireEditable(evaluation, assessment);
		SelfAssessment.Entry entry = assessment.entry(targetId);
		String name = fileName(fileName);
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "附件“" + name + "”是空文件，请选择有内容的文件。");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("file", "附件“" + name + "”有 " + String.format("%.1f", content.length / (1024.0 * 1024.0))
					+ " MB，超过每个文件 20 MB 的上限；请压缩或拆分后再上传。");
		}
		String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
		long id = attachments.insert(entry.id(), name, type, content, user);
		String target = evaluations.targets(evaluation).get(targetId).label();
		audit.record(evaluation.id(), selfAssessmentId, user, Action.ATTACH, name + " → " + target);
		return get(id);
	}

	public Attachment get(long id) {
		return attachments.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的附件。"));
	}

	public AttachmentFile file(long id) {
		return new AttachmentFile(get(id), attachments.content(id));
	}

	/** Deletes an attachment while the department may still edit its report. */
	@Transactional
	public void delete(long id, String user) {
		Attachment attachment = get(id);
		SelfAssessment assessment = selfAssessments.ofAttachment(attachment);
		Evaluation evaluation = evaluations.get(assessment.evaluationId());
		SelfAssessmentRules.requireEditable(evaluation, assessment);
		attachments.delete(id);
		audit.record(evaluation.id(), assessment.id(), user, Action.DETACH, attachment.fileName());
	}

	/** The name without any folder a browser sent along, shortened to {@link #MAX_NAME} characters. */
	private static String fileName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("file", "请选择要上传的文件。");
		}
		return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
	}

}
