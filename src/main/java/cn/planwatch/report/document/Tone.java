package cn.planwatch.report.document;

/** How a table cell is emphasised: progress on track, a warning, or a serious lag. */
public enum Tone {

	NORMAL, GOOD, WARN, BAD

}
