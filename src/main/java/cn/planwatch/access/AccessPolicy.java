package cn.planwatch.access;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cn.planwatch.region.Department;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;

/**
 * Who may see and change what. Every page and API call asks this before it reads or writes
 * region or department data, so that the UI and the API apply the same rules:
 * <ul>
 * <li>a user sees the regions of their scope subtree (a system administrator sees all);</li>
 * <li>plans are also readable for the regions above the scope, whose targets the scope works toward;</li>
 * <li>a department's details are changed by the commission office of a region above or at it, by a
 * system administrator, or by that department's own reporter — never by another department.</li>
 * </ul>
 */
@Component
public class AccessPolicy {

	private final Regions regions;

	AccessPolicy(Regions regions) {
		this.regions = regions;
	}

	public List<Region> visibleRegions(PlanWatchUser user) {
		if (user.scopeRegionCode() == null) {
			return regions.all();
		}
		return regions.subtree(user.scopeRegionCode());
	}

	public boolean canSeeRegion(PlanWatchUser user, Region region) {
		if (user.scopeRegionCode() == null) {
			return true;
		}
		return region.isWithin(regions.get(user.scopeRegionCode()));
	}

	public boolean canReadPlansOf(PlanWatchUser user, Region region) {
		if (canSeeRegion(user, region)) {
			return true;
		}
		return region.isAncestorOf(regions.get(user.scopeRegionCode()));
	}

	public boolean canEditDepartment(PlanWatchUser user, Department department) {
		return switch (user.role()) {
			case ADMIN -> true;
			case OFFICE -> canSeeRegion(user, regions.get(department.regionCode()));
			case REPORTER -> user.departmentId() != null && user.departmentId() == department.id();
			default -> false;
		};
	}

	/** Importing, reviewing and publishing plans: the commission office of the region or above, or an administrator. */
	public boolean canManagePlans(PlanWatchUser user, Region region) {
		return user.hasRole(Role.ADMIN) || (user.hasRole(Role.OFFICE) && canSeeRegion(user, region));
	}

	public void requirePlanManagement(PlanWatchUser user, Region region) {
		if (!canManagePlans(user, region)) {
			throw denied("无权导入、修改或发布地区“" + region.name() + "”的规划：只有本级或上级妇儿工委办公室和系统管理员可以。");
		}
	}

	/** Opening, reviewing and closing monitoring rounds: the statistics bureau of the region or above, or an administrator. */
	public boolean canRunRounds(PlanWatchUser user, Region region) {
		return user.hasRole(Role.ADMIN) || (user.hasRole(Role.STATS) && canSeeRegion(user, region));
	}

	public void requireRoundManagement(PlanWatchUser user, Region region) {
		if (!canRunRounds(user, region)) {
			throw denied("无权开启或审核地区“" + region.name() + "”的监测数据：只有本级或上级统计局（监测组）和系统管理员可以。");
		}
	}

	/**
	 * Editing the data checks, which apply everywhere: a statistics bureau at the top of the region
	 * tree (a region without a parent), or an administrator.
	 */
	public boolean canEditCheckRules(PlanWatchUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.STATS) && regions.get(user.scopeRegionCode()).parentCode() == null;
	}

	/**
	 * Judging qualitative targets, issuing rectification items to departments and closing them: the
	 * commission office of the region or above, or an administrator.
	 */
	public boolean canManageAssessment(PlanWatchUser user, Region region) {
		return canManagePlans(user, region);
	}

	public void requireAssessmentManagement(PlanWatchUser user, Region region) {
		if (!canManageAssessment(user, region)) {
			throw denied("无权评判目标或下发、销号地区“" + region.name() + "”的整改事项：只有本级或上级妇儿工委办公室和系统管理员可以。");
		}
	}

	/** Answering a rectification item with measures: the department's reporter, or an administrator. */
	public void requireRectificationAnswer(PlanWatchUser user, long departmentId, String departmentName) {
		if (!canReportFor(user, departmentId)) {
			throw denied("无权报送“" + departmentName + "”的整改措施：只有本单位填报员可以。");
		}
	}

	/** Reading every rectification item of a region: anyone who sees the region other than department reporters. */
	public boolean canReadRectificationsOf(PlanWatchUser user, Region region) {
		return canSeeRegion(user, region) && !user.hasRole(Role.REPORTER);
	}

	/** Reading a rectification item: its department, or anyone who sees its region other than other departments. */
	public void requireRectificationRead(PlanWatchUser user, long departmentId, Region region) {
		if (!canReportFor(user, departmentId) && !canReadRectificationsOf(user, region)) {
			throw denied("无权查看该整改事项：超出您的数据范围。");
		}
	}

	/** The assessment settings apply everywhere: an administrator, or a commission office at the top of the region tree. */
	public boolean canEditAssessmentSettings(PlanWatchUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.OFFICE) && regions.get(user.scopeRegionCode()).parentCode() == null;
	}

	/** Reading a round's progress and values: everyone in scope but department reporters, who see their own tasks. */
	public boolean canReadRounds(PlanWatchUser user, Region region) {
		return !user.hasRole(Role.REPORTER) && canSeeRegion(user, region);
	}

	/** Entering a department's values: that department's reporter, or an administrator. */
	public boolean canReportFor(PlanWatchUser user, long departmentId) {
		return user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.REPORTER) && user.departmentId() != null && user.departmentId() == departmentId);
	}

	/**
	 * Reading a department's task: its reporter, anyone who reads rounds where the department is,
	 * or the statistics bureau running the round.
	 */
	public void requireTaskRead(PlanWatchUser user, long departmentId, String departmentName, Region taskRegion,
			Region roundRegion) {
		if (!canReportFor(user, departmentId) && !canReadRounds(user, taskRegion) && !canRunRounds(user, roundRegion)) {
			throw denied("无权查看“" + departmentName + "”的填报任务：超出您的数据范围。");
		}
	}

	/** Reading a value and its history: the department that reported it, or anyone who reads rounds of its region. */
	public boolean canReadValue(PlanWatchUser user, Long departmentId, Region region) {
		boolean own = departmentId != null && canReportFor(user, departmentId);
		return own || canReadRounds(user, region);
	}

	public void requireValueRead(PlanWatchUser user, Long departmentId, Region region) {
		if (!canReadValue(user, departmentId, region)) {
			throw denied("无权查看该数据的修改记录：超出您的数据范围。");
		}
	}

	public void requireReportingFor(PlanWatchUser user, long departmentId, String departmentName) {
		if (!canReportFor(user, departmentId)) {
			throw denied("无权填报或提交“" + departmentName + "”的数据：只有本单位填报员可以。");
		}
	}

	/**
	 * Opening an evaluation, reviewing and scoring the self-assessments, sending the result for
	 * approval: the commission office (evaluation group) of the plan's region or above, or an administrator.
	 */
	public boolean canRunEvaluations(PlanWatchUser user, Region region) {
		return canManagePlans(user, region);
	}

	public void requireEvaluationManagement(PlanWatchUser user, Region region) {
		if (!canRunEvaluations(user, region)) {
			throw denied("无权开展或评审地区“" + region.name() + "”的规划评估：只有本级或上级妇儿工委办公室（评估组）和系统管理员可以。");
		}
	}

	/** Approving or returning an evaluation: the leadership group of the plan's region or above. */
	public boolean canApproveEvaluations(PlanWatchUser user, Region region) {
		return user.hasRole(Role.LEADER) && canSeeRegion(user, region);
	}

	public void requireEvaluationApproval(PlanWatchUser user, Region region) {
		if (!canApproveEvaluations(user, region)) {
			throw denied("无权审定地区“" + region.name() + "”的规划评估：只有本级或上级领导小组可以。");
		}
	}

	/** Reading an evaluation and all its self-assessments: everyone in scope but department reporters. */
	public boolean canReadEvaluations(PlanWatchUser user, Region region) {
		return !user.hasRole(Role.REPORTER) && canSeeRegion(user, region);
	}

	public void requireEvaluationRead(PlanWatchUser user, Region region) {
		if (!canReadEvaluations(user, region)) {
			throw denied("无权查看地区“" + region.name() + "”的规划评估：部门填报员只能查看本单位的自评报告。");
		}
	}

	/** Reading a department's self-assessment: its own reporter, or anyone who reads the evaluation. */
	public void requireSelfAssessmentRead(PlanWatchUser user, long departmentId, String departmentName,
			Region evaluationRegion) {
		if (!canReportFor(user, departmentId) && !canReadEvaluations(user, evaluationRegion)) {
			throw denied("无权查看“" + departmentName + "”的自评报告：只能查看本单位的自评报告。");
		}
	}

	/** Writing, attaching to and submitting a department's self-assessment: that department's reporter, or an administrator. */
	public void requireSelfAssessmentEdit(PlanWatchUser user, long departmentId, String departmentName) {
		if (!canReportFor(user, departmentId)) {
			throw denied("无权填写或提交“" + departmentName + "”的自评报告：只有本单位填报员可以。");
		}
	}

	public void requireRegion(PlanWatchUser user, Region region) {
		if (!canSeeRegion(user, region)) {
			throw denied("无权查看地区“" + region.name() + "”（" + region.code() + "）的数据：超出您的数据范围。");
		}
	}

	public void requirePlansOf(PlanWatchUser user, Region region) {
		if (!canReadPlansOf(user, region)) {
			throw denied("无权查看地区“" + region.name() + "”（" + region.code() + "）的规划：超出您的数据范围。");
		}
	}

	public void requireDepartmentEdit(PlanWatchUser user, Department department) {
		if (!canEditDepartment(user, department)) {
			throw denied("无权修改成员单位“" + department.name() + "”的信息：只有本单位填报员、本级或上级妇儿工委办公室可以修改。");
		}
	}

	private static AccessDeniedException denied(String message) {
		return new AccessDeniedException(message);
	}

}
