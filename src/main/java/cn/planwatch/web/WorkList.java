package cn.planwatch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RectificationStatus;
import cn.planwatch.assessment.Rectifications;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Region;

/**
 * What waits for a user, by role: a reporter's tasks to fill or correct and rectification items to
 * answer; the statistics bureau's submitted tasks to review; the commission office's draft plans to
 * check and publish, answered rectification items to close and overdue ones to chase; and the
 * evaluation work ({@link EvaluationWork}).
 */
@Component
class WorkList {

	private final Rounds rounds;

	private final Plans plans;

	private final AccessPolicy access;

	private final EvaluationWork evaluationWork;

	private final Rectifications rectifications;

	private final Assessments assessments;

	WorkList(Rounds rounds, Plans plans, AccessPolicy access, EvaluationWork evaluationWork, Rectifications rectifications,
			Assessments assessments) {
		this.rounds = rounds;
		this.plans = plans;
		this.access = access;
		this.evaluationWork = evaluationWork;
		this.rectifications = rectifications;
		this.assessments = assessments;
	}

	List<WorkItem> of(PlanWatchUser me, LocalDate today) {
		List<WorkItem> items = new ArrayList<>();
		if (me.departmentId() != null) {
			for (Task task : rounds.tasksOfDepartment(me.departmentId())) {
				Round round = rounds.get(task.roundId());
				if (round.open() && task.status().editable()) {
					String what = task.status() == TaskStatus.RETURNED ? "已退回，请修改后重新提交：" + task.returnReason()
							: task.status().label() + "，共 " + task.indicators().size() + " 个指标";
					items.add(new WorkItem(round.year() + " 年度监测数据填报", what + "；截止 " + round.deadline(),
							"/tasks/" + task.id(), task.status() == TaskStatus.RETURNED || round.overdue(today)));
				}
			}
		}
		if (me.departmentId() != null) {
			for (Rectification item : rectifications.ofDepartment(me.departmentId())) {
				if (item.status() == RectificationStatus.ISSUED) {
					items.add(new WorkItem("整改事项待报送措施：" + item.indicatorName() + "（" + item.warningLabel() + "）",
							item.year() + " 年预警；报送截止 " + item.answerDue(), "/rectifications/" + item.id(),
							item.isOverdue(today)));
				}
			}
		}
		List<Region> visible = access.visibleRegions(me);
		List<Region> reviewed = visible.stream().filter(r -> access.canRunRounds(me, r)).toList();
		for (Round round : rounds.ofRegions(reviewed.stream().map(Region::code).toList())) {
			if (!round.open()) {
				continue;
			}
			long waiting = rounds.tasks(round.id()).stream().filter(t -> t.status() == TaskStatus.SUBMITTED).count();
			if (waiting > 0) {
				String name = reviewed.stream().filter(r -> r.code().equals(round.regionCode())).findFirst().orElseThrow().name();
				items.add(new WorkItem(name + " " + round.year() + " 年度监测：" + waiting + " 项待审核", "截止 " + round.deadline(),
						"/rounds/" + round.id(), round.overdue(today)));
			}
		}
		List<String> managed = visible.stream().filter(r -> access.canManageAssessment(me, r)).map(Region::code).toList();
		List<Rectification> managedItems = rectifications.ofRegions(managed);
		if (me.scopeRegionCode() != null && managed.contains(me.scopeRegionCode())) {
			unissuedWarnings(me.scopeRegionCode(), managedItems).ifPresent(items::add);
		}
		for (Rectification item : managedItems) {
			if (item.status() == RectificationStatus.ANSWERED) {
				items.add(new WorkItem("整改措施待审核销号：" + item.indicatorName(), item.departmentName() + " 已报送",
						"/rectifications/" + item.id(), item.isOverdue(today)));
			}
			else if (item.status() == RectificationStatus.ISSUED && item.isOverdue(today)) {
				items.add(new WorkItem("整改事项逾期未报送：" + item.indicatorName(),
						item.departmentName() + "；报送截止 " + item.answerDue(), "/rectifications/" + item.id(), true));
			}
		}
		for (Region region : visible) {
			if (access.canManagePlans(me, region)) {
				plans.ofRegion(region.code())
					.stream()
					.filter(p -> p.status() == PlanStatus.DRAFT)
					.forEach(p -> items.add(new WorkItem("待审核的规划草稿：" + p.title(), region.name(),
							"/plans/" + p.id() + "/review", false)));
			}
		}
		items.addAll(evaluationWork.of(me, today));
		return items;
	}

	/** The office's own region: the latest year's warnings that call for action and have no rectification item yet. */
	private Optional<WorkItem> unissuedWarnings(String regionCode, List<Rectification> items) {
		return assessments.latestYear(regionCode).flatMap(year -> {
			RegionAssessment assessment = assessments.ofRegion(regionCode, year);
			long unissued = ActionWarning.of(assessment, items).stream().filter(w -> w.items().isEmpty()).count();
			return unissued == 0 ? Optional.empty()
					: Optional.of(new WorkItem(assessment.region().name() + " " + year + " 年：" + unissued + " 项需关注的预警尚未下发整改",
							"在驾驶舱查看预警，向责任单位下发整改事项", "/regions/" + regionCode + "/cockpit?year=" + year
									+ "#warnings-heading",
							false));
		});
	}

}
