package cn.planwatch.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.assessment.engine.AttainmentStatus;
import cn.planwatch.assessment.engine.Judgement;
import cn.planwatch.assessment.internal.JudgementRepository;
import cn.planwatch.assessment.internal.PendingRepository;
import cn.planwatch.plan.Direction;
import cn.planwatch.plan.PlanDetail;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * Hand judgements of qualitative targets (定性目标): the office records 已实现 / 基本实现 / 未实现 with a
 * reason; every judgement is kept with who made it and when, and the region's results are recomputed.
 */
@Service
public class Judgements {

	private static final Set<AttainmentStatus> ALLOWED = Set.of(AttainmentStatus.ACHIEVED,
			AttainmentStatus.BASICALLY_ACHIEVED, AttainmentStatus.NOT_ACHIEVED);

	private final JudgementRepository repository;

	private final PendingRepository pending;

	private final Plans plans;

	Judgements(JudgementRepository repository, PendingRepository pending, Plans plans) {
		this.repository = repository;
		this.pending = pending;
		this.plans = plans;
	}

	@Transactional
	public void judge(long targetId, int year, AttainmentStatus status, String reason, String user) {
		PlanDetail plan = plans.get(plans.planOfTarget(targetId));
		Target target = plan.targets()
			.filter(t -> t.id() == targetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("没有编号为 " + targetId + " 的目标。"));
		if (!isJudgedByHand(target)) {
			throw new InvalidInputException("status", "“" + target.indicatorName() + "”是量化目标，由监测数据判定，不能人工评判。");
		}
		if (status == null || !ALLOWED.contains(status)) {
			throw new InvalidInputException("status", "请选择评判结论：已实现、基本实现或未实现。");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写评判理由（依据的工作进展、文件或数据）。");
		}
		if (year < plan.summary().periodStart() || year > plan.summary().periodEnd()) {
			throw new InvalidInputException("year", "评判年份须在规划期" + plan.summary().period() + "年之内。");
		}
		repository.insert(targetId, year, status, reason.strip(), user);
		pending.add(plan.summary().regionCode(), List.of(PendingRepository.ALL));
	}

	/** Whether a target is judged by hand: qualitative, or a bound without a number. */
	public static boolean isJudgedByHand(Target target) {
		return target.direction() == Direction.QUALITATIVE || !target.isNumeric() && target.direction().isBound()
				|| !target.isNumeric() && target.direction() == Direction.EQUAL;
	}

	public List<QualitativeJudgement> history(long targetId) {
		return repository.history(targetId);
	}

	/**
	 * The current judgements of the targets as the engine takes them: target → year → judgement. A
	 * judgement holds for its year and the later ones until the target is judged again.
	 */
	Map<Long, NavigableMap<Integer, Judgement>> currentOf(Collection<Long> targetIds) {
		Map<Long, NavigableMap<Integer, Judgement>> map = new HashMap<>();
		for (QualitativeJudgement j : repository.current(targetIds)) {
			map.computeIfAbsent(j.targetId(), k -> new TreeMap<>())
				.put(j.year(), new Judgement(j.status(), j.judgedBy(), j.judgedAt(), j.reason()));
		}
		return map;
	}

}
