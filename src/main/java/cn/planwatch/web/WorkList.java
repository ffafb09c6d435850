package cn.planwatch.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.planwatch.access.AccessPolicy;
import cn.planwatch.access.PlanWatchUser;
import cn.planwatch.collection.Round;
import cn.planwatch.collection.Rounds;
import cn.planwatch.collection.Task;
import cn.planwatch.collection.TaskStatus;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.Plans;
import cn.planwatch.region.Region;

/**
 * What waits for a user, by role: a reporter's tasks to fill or correct; the statistics bureau's
 * submitted tasks to review; the commission office's draft plans to check and publish; and the
 * evaluation work ({@link EvaluationWork}).
 */
@Component
class WorkList {

	private final Rounds rounds;

	private final Plans plans;

	private final AccessPolicy access;

	private final EvaluationWork evaluationWork;

	WorkList(Rounds rounds, Plans plans, AccessPolicy access, EvaluationWork evaluationWork) {
		this.rounds = rounds;
		this.plans = plans;
		this.access = access;
		this.evaluationWork = evaluationWork;
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

}
