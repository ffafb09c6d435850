package cn.planwatch.collection.check;

import cn.planwatch.collection.Breakdown;

/** What a check found, in a Chinese sentence that names the indicator and the cell. */
public record Finding(RuleKind rule, Severity severity, String indicatorCode, Breakdown breakdown, String message) {

	public boolean blocks() {
		return severity == Severity.HARD;
	}

}
