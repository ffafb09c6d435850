package cn.planwatch.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.assessment.internal.RectificationRepository;
import cn.planwatch.assessment.internal.ResultRepository;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;
import cn.planwatch.shared.Texts;

/**
 * Rectification (整改): the office issues a target's warning to a responsible department with a request
 * and a due date; the department answers with its measures and the date they will be done; the office
 * closes the item or returns the answer with a reason. Every step is audited; steps name the version they
 * started from, and a step on a changed item is refused. Who may take which step is checked by the
 * caller (see {@code AccessPolicy}).
 */
@Service
public class Rectifications {

	private final RectificationRepository repository;

	private final ResultRepository results;

	private final Plans plans;

	private final Departments departments;

	Rectifications(RectificationRepository repository, ResultRepository results, Plans plans, Departments departments) {
		this.repository = repository;
		this.results = results;
		this.plans = plans;
		this.departments = departments;
	}

	/** Issues the warning of a target in a year to a department; returns the new item's id. */
	@Transactional
	public long issue(long targetId, int year, long departmentId, String request, LocalDate answerDue, String user,
			LocalDate today) {
		PlanDetail plan = plans.get(plans.planOfTarget(targetId));
		String regionCode = plan.summary().regionCode();
		Department department = departments.find(departmentId)
			.filter(d -> d.regionCode().equals(regionCode))
			.orElseThrow(() -> new InvalidInputException("departmentId", "请选择本地区的责任部门。"));
		AssessmentResult result = results.ofTarget(targetId)
			.stream()
			.filter(r -> r.year() == year && Breakdown.TOTAL.key().equals(r.breakdown()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("该目标没有" + year + "年的评估结果。"));
		List<ResultWarning> warnings = result.warnings().stream().filter(ResultWarning::needsAction).toList();
		if (warnings.isEmpty()) {
			throw new InvalidInputException("targetId", "该目标" + year + "年没有需要整改的预警。");
		}
		if (answerDue == null || answerDue.isBefore(today)) {
			throw new InvalidInputException("answerDue", "请填写报送整改措施的截止日期（不早于今天）。");
		}
		if (repository.findOpen(targetId, year, departmentId).isPresent()) {
			throw new InvalidInputException("departmentId", "已向" + department.name() + "下发过该预警的整改事项，尚未销号。");
		}
		String label = warnings.stream().map(ResultWarning::label).distinct().collect(Collectors.joining("、"));
		String text = warnings.stream().map(ResultWarning::text).collect(Collectors.joining("\n"));
		long id = repository.insert(regionCode, targetId, year, departmentId, label, text, Texts.blankToNull(request), answerDue,
				user);
		repository.audit(id, user, "ISSUE", null, RectificationStatus.ISSUED, Texts.blankToNull(request));
		return id;
	}

	/** The department's answer: measures and the date they will be done. */
	@Transactional
	public void answer(long id, int version, String measures, LocalDate plannedBy, String user) {
		Rectification item = get(id);
		if (item.status() == RectificationStatus.CLOSED) {
			throw new InvalidInputException("status", "该整改事项已销号，不能再修改。");
		}
		if (measures == null || measures.isBlank()) {
			throw new InvalidInputException("measures", "请填写整改措施。");
		}
		if (plannedBy == null) {
			throw new InvalidInputException("plannedBy", "请填写整改完成时限。");
		}
		if (!repository.answer(id, version, measures.strip(), plannedBy, user)) {
			throw conflict();
		}
		repository.audit(id, user, "ANSWER", item.status(), RectificationStatus.ANSWERED,
				measures.strip() + "（完成时限：" + plannedBy + "）");
	}

	/** The office sends an answer back with a reason; the department answers again. */
	@Transactional
	public void returnAnswer(long id, int version, String reason, String user) {
		Rectification item = answered(id);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写退回原因。");
		}
		if (!repository.reopen(id, version)) {
			throw conflict();
		}
		repository.audit(id, user, "RETURN", item.status(), RectificationStatus.ISSUED, reason.strip());
	}

	/** The office closes an answered item (销号). */
	@Transactional
	public void close(long id, int version, String note, String user) {
		Rectification item = answered(id);
		if (!repository.close(id, version, Texts.blankToNull(note), user)) {
			throw conflict();
		}
		repository.audit(id, user, "CLOSE", item.status(), RectificationStatus.CLOSED, Texts.blankToNull(note));
	}

	public Rectification get(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的整改事项。"));
	}

	public List<Rectification> ofRegions(List<String> regionCodes) {
		return repository.ofRegions(regionCodes);
	}

	public List<Rectification> ofDepartment(long departmentId) {
		return repository.ofDepartment(departmentId);
	}

	public List<Rectification> ofTarget(long targetId) {
		return repository.ofTarget(targetId);
	}

	public List<RectificationStep> steps(long id) {
		return repository.steps(id);
	}

	private Rectification answered(long id) {
		Rectification item = get(id);
		if (item.status() != RectificationStatus.ANSWERED) {
			throw new InvalidInputException("status", "该整改事项" + item.status().label() + "，不能执行此操作。");
		}
		return item;
	}

	private static RuntimeException conflict() {
		return new InvalidInputException("version", "该整改事项已被他人更改，请刷新后重试。");
	}


}
