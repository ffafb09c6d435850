package cn.planwatch.assessment;

import cn.planwatch.assessment.engine.WarningRule;

/** A stored warning of a result: the rule that fired and its sentence. */
public record ResultWarning(WarningRule rule, String text) {

	/** The warning's name as users know it: 预计完成困难, 逆向变化, 退步, 波动较大, 数据不足以判定. */
	public String label() {
		return rule.label();
	}

	/** Whether the warning calls for action ({@link WarningRule#callsForAction}). */
	public boolean needsAction() {
		return rule.callsForAction();
	}

}
