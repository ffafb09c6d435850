package cn.planwatch.assessment.engine;

/**
 * The plain-Chinese reason for an assessment's status and progress, for every target (warnings add
 * their own sentences): "2024年孕产妇死亡率为9.8/10万，目标≤12/10万，已实现；保持。" or
 * "…为68%，目标≥70%，差距不超过目标值的5%，基本实现；按2020—2024年5个数据点的稳健趋势推算，2030年预计为72%（区间…），
 * 完成所需变化的120%，预计可实现。"
 */
public final class Explanation {

	private Explanation() {
	}

	public static String of(Assessment assessment, Settings settings) {
		TargetSpec target = assessment.target();
		StringBuilder text = new StringBuilder();
		text.append(assessment.year()).append("年").append(target.indicator());
		if (assessment.value() == null) {
			text.append("无审核通过的数据");
		}
		else {
			text.append("为").append(Figures.withUnit(assessment.value(), target.unit()));
		}
		Goal goal = Goal.of(target, assessment.baseline()).orElse(null);
		if (target.direction().isQualitative()) {
			text.append("，定性目标，").append(assessment.status() == AttainmentStatus.QUALITATIVE ? "需人工评判" : assessment.status().label());
			return text.append("。").toString();
		}
		if (target.direction().isDirectional()) {
			text.append("，目标为“").append(target.direction().label()).append("”");
			if (assessment.baseline() != null) {
				text.append("（").append(assessment.baseline().year()).append("年基期值")
					.append(Figures.withUnit(assessment.baseline().value(), target.unit())).append("）");
			}
		}
		else if (goal != null) {
			text.append("，目标").append(goal.describe(target.unit()));
		}
		text.append("，").append(statusText(assessment.status(), settings));
		text.append("；").append(progressText(assessment));
		return text.append("。").toString();
	}

	private static String statusText(AttainmentStatus status, Settings settings) {
		return switch (status) {
			case BASICALLY_ACHIEVED -> settings.toleranceText() + "，基本实现";
			case NO_DATA -> "本年度达标情况无法判定";
			default -> status.label();
		};
	}

	private static String progressText(Assessment assessment) {
		Forecast forecast = assessment.forecast();
		ProgressCategory progress = assessment.progress();
		if (forecast == null || progress == ProgressCategory.INSUFFICIENT_DATA || progress == ProgressCategory.MAINTAINED
				|| progress == ProgressCategory.REGRESSED) {
			return progress.label();
		}
		TargetSpec target = assessment.target();
		StringBuilder text = new StringBuilder("按").append(forecast.firstYear()).append("—").append(forecast.lastYear())
			.append("年").append(forecast.points()).append("个数据点的稳健趋势推算，").append(target.targetYear()).append("年预计为")
			.append(Figures.withUnit(forecast.atTarget().value(), target.unit()));
		if (forecast.share() != null) {
			text.append("，可完成所需变化的").append(Figures.percent(forecast.share()));
		}
		else {
			text.append("，年均变化").append(Figures.withUnit(forecast.averageYearlyChange(), target.unit()));
		}
		return text.append("，").append(progress.label()).toString();
	}

}
