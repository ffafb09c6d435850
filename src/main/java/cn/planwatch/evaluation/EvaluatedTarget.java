package cn.planwatch.evaluation;

import cn.planwatch.plan.Target;

/** A target of the evaluated plan with its place (area and goal number) and its lead department. */
public record EvaluatedTarget(Target target, String areaName, int goalNumber, long leadDepartmentId) {

	public long id() {
		return target.id();
	}

	/** How messages name the target: “孕产妇死亡率”（妇女与健康 第 1 条目标）. */
	public String label() {
		return "“" + target.indicatorName() + "”（" + areaName + " 第 " + goalNumber + " 条目标）";
	}

}
