package cn.planwatch.evaluation;

import java.time.OffsetDateTime;

/**
 * One step in an evaluation's record: who did what, when, to which department's self-assessment
 * (null for steps of the whole evaluation), and why.
 */
public record EvaluationAudit(OffsetDateTime at, String byUser, Action action, String departmentName, String reason) {

	/** The steps that are recorded. */
	public enum Action {

		OPEN("开启评估"), SAVE_DRAFT("保存自评草稿"), ATTACH("上传佐证材料"), DETACH("删除佐证材料"), SUBMIT("提交自评报告"),
		SCORE("评分"), RETURN("退回自评报告"), ACCEPT("自评报告评审通过"), START_REVIEW("开始评审"),
		SUBMIT_FOR_APPROVAL("报送领导小组审定"), APPROVE("领导小组审定通过"), RETURN_TO_GROUP("领导小组退回");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
