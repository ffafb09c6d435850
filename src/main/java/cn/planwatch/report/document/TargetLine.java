package cn.planwatch.report.document;

import java.util.Objects;

/** A horizontal line at a target value, labelled (2030年目标 ≤12). */
public record TargetLine(double value, String label) {

	public TargetLine {
		Objects.requireNonNull(label, "label");
	}

}
