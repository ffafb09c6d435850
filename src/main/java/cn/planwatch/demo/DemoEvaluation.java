package cn.planwatch.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import cn.planwatch.evaluation.Attachments;
import cn.planwatch.evaluation.Conclusion;
import cn.planwatch.evaluation.Draft;
import cn.planwatch.evaluation.EvaluatedTarget;
import cn.planwatch.evaluation.Evaluation;
import cn.planwatch.evaluation.EvaluationKind;
import cn.planwatch.evaluation.Evaluations;
import cn.planwatch.evaluation.Scoring;
import cn.planwatch.evaluation.SelfAssessment;
import cn.planwatch.evaluation.SelfAssessmentReview;
import cn.planwatch.evaluation.SelfAssessments;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.PlanStatus;
import cn.planwatch.plan.PlanSummary;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Departments;

/**
 * The demo's mid-term evaluation, written through the evaluation module: the first county's
 * women's plan is being evaluated for 2025 — its health commission has submitted its
 * self-assessment (with an attached file), its education bureau is still writing, its civil affairs
 * bureau's report was returned by the evaluation group, and its women's federation's was accepted
 * with a score. All texts are synthetic. Called once, inside the demo's load transaction.
 */
@Component
@ConditionalOnProperty(name = "planwatch.demo.enabled", havingValue = "true")
class DemoEvaluation {

	private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);

	static final int ASSESSMENT_YEAR = 2025;

	static final int WEEKS_TO_DEADLINE = 4;

	static final String NOTE = "演示数据：规划实施中期评估";

	private final Plans plans;

	private final Departments departments;

	private final Evaluations evaluations;

	private final SelfAssessments selfAssessments;

	private final SelfAssessmentReview review;

	private final Attachments attachments;

	DemoEvaluation(Plans plans, Departments departments, Evaluations evaluations, SelfAssessments selfAssessments,
			SelfAssessmentReview review, Attachments attachments) {
		this.plans = plans;
		this.departments = departments;
		this.evaluations = evaluations;
		this.selfAssessments = selfAssessments;
		this.review = review;
		this.attachments = attachments;
	}

	void load() {
		DemoRegion county = DemoRegion.CITY.children().get(0);
		Optional<PlanSummary> plan = plans.ofRegion(county.code())
			.stream()
			.filter(p -> p.kind() == PlanKind.WOMEN && p.status() == PlanStatus.PUBLISHED)
			.findFirst();
		if (plan.isEmpty()) {
			return;
		}
		String prefix = county.slug() + "-";
		String office = prefix + "office";
		Evaluation evaluation = evaluations.open(plan.get().id(), EvaluationKind.MID_TERM, ASSESSMENT_YEAR,
				LocalDate.now().plusWeeks(WEEKS_TO_DEADLINE), NOTE, office);
		Map<Long, EvaluatedTarget> targets = evaluations.targets(evaluation);
		report(evaluation, county, "health").ifPresent(r -> {
			String reporter = prefix + "reporter-health";
			SelfAssessment written = write(r, targets, r.entries().size(), reporter);
			attachments.attach(r.id(), r.entries().get(0).targetId(), "演示数据-妇幼健康年报摘要.txt", "text/plain",
					"演示数据：本文件为虚构的佐证材料，仅供体验附件的上传与下载。\n".getBytes(StandardCharsets.UTF_8), reporter);
			selfAssessments.submit(r.id(), written.version(), reporter);
		});
		report(evaluation, county, "education")
			.ifPresent(r -> write(r, targets, (r.entries().size() + 1) / 2, prefix + "reporter-education"));
		report(evaluation, county, "civil-affairs").ifPresent(r -> {
			String reporter = prefix + "reporter-civil-affairs";
			SelfAssessment submitted = selfAssessments.submit(r.id(),
					write(r, targets, r.entries().size(), reporter).version(), reporter);
			review.returnToDepartment(r.id(), "“存在问题”写得过于笼统，请结合 2025 年数据分析未实现目标的原因，并补充佐证材料。",
					submitted.version(), office);
		});
		report(evaluation, county, "womens-federation").ifPresent(r -> {
			String reporter = prefix + "reporter-womens-federation";
			SelfAssessment submitted = selfAssessments.submit(r.id(),
					write(r, targets, r.entries().size(), reporter).version(), reporter);
			review.accept(r.id(), new Scoring(BigDecimal.valueOf(88), "目标分析具体，措施可行；建议补充分年度数据。",
					List.of()), submitted.version(), office);
		});
		log.info("Demo evaluation opened: {} with {} self-assessments", evaluation.title(),
				selfAssessments.ofEvaluation(evaluation.id()).size());
	}

	private Optional<SelfAssessment> report(Evaluation evaluation, DemoRegion region, String kind) {
		return departments.findByKind(region.code(), kind)
			.flatMap(d -> selfAssessments.ofEvaluation(evaluation.id())
				.stream()
				.filter(s -> s.departmentId() == d.id())
				.findFirst());
	}

	/** Writes synthetic texts for the report's first {@code howMany} entries and a summary. */
	private SelfAssessment write(SelfAssessment report, Map<Long, EvaluatedTarget> targets, int howMany, String user) {
		List<Draft.EntryDraft> entries = new ArrayList<>();
		int i = 0;
		for (SelfAssessment.Entry entry : report.entries().subList(0, Math.min(howMany, report.entries().size()))) {
			Target target = targets.get(entry.targetId()).target();
			Conclusion conclusion = conclusion(target, i++);
			entries.add(new Draft.EntryDraft(entry.targetId(), conclusion, progress(target, conclusion),
					"演示数据：将“" + target.indicatorName() + "”纳入本单位年度重点工作，建立季度调度和通报机制，会同配合单位开展专项督导。",
					problems(conclusion), "演示数据：对照 2030 年目标细化分年度任务，加强基层能力建设，年底前开展一次自查。"));
		}
		String summary = "演示数据：本单位牵头 " + report.entries().size() + " 个目标，已完成自评 " + entries.size()
				+ " 个。总体进展符合规划中期要求，少数目标需加大推进力度。";
		return selfAssessments.saveDraft(report.id(), new Draft(summary, entries), report.version(), user);
	}

	/** Mostly achieved, now and then only mostly or not; qualitative targets cannot be measured. */
	private static Conclusion conclusion(Target target, int index) {
		if (target.value() == null && target.indicatorCode() == null) {
			return index % 2 == 0 ? Conclusion.MOSTLY_ACHIEVED : Conclusion.CANNOT_ASSESS;
		}
		return switch (index % 5) {
			case 2 -> Conclusion.MOSTLY_ACHIEVED;
			case 4 -> Conclusion.NOT_ACHIEVED;
			default -> Conclusion.ACHIEVED;
		};
	}

	private static String progress(Target target, Conclusion conclusion) {
		String goal = target.value() == null ? target.direction().label()
				: target.direction().symbol() + target.value().stripTrailingZeros().toPlainString()
						+ (target.unit() == null ? "" : target.unit());
		String state = switch (conclusion) {
			case ACHIEVED -> "已达到规划目标";
			case MOSTLY_ACHIEVED -> "接近规划目标，农村地区仍有差距";
			case NOT_ACHIEVED -> "距规划目标仍有较大差距";
			case CANNOT_ASSESS -> "暂无可比数据，无法量化评估";
		};
		return "演示数据：" + ASSESSMENT_YEAR + " 年“" + target.indicatorName() + "”（目标 " + goal + "）" + state + "。";
	}

	private static String problems(Conclusion conclusion) {
		return conclusion == Conclusion.ACHIEVED ? "演示数据：城乡之间仍不均衡，基层统计口径有待统一。"
				: "演示数据：投入不足，部门协同不够，部分乡镇工作进展缓慢。";
	}

}
