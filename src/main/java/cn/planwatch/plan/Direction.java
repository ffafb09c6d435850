package cn.planwatch.plan;

import java.util.Arrays;

/** How a target is stated: a bound on a value, a direction of change, or a qualitative aim. */
public enum Direction {

	AT_LEAST(">=", "≥", "不低于"), AT_MOST("<=", "≤", "不高于"), ABOVE(">", ">", "高于"), BELOW("<", "<", "低于"),
	EQUAL("=", "=", "达到"), INCREASE("increase", "↑", "提高"), DECREASE("decrease", "↓", "降低"),
	MAINTAIN("maintain", "→", "保持"), ELIMINATE("eliminate", "×", "消除"), QUALITATIVE("qualitative", "—", "定性");

	private final String code;

	private final String symbol;

	private final String label;

	Direction(String code, String symbol, String label) {
		this.code = code;
		this.symbol = symbol;
		this.label = label;
	}

	/** The code used in the database, the API and the seed files ({@code >=}, {@code increase}…). */
	public String code() {
		return code;
	}

	public String symbol() {
		return symbol;
	}

	public String label() {
		return label;
	}

	/** Whether the target is a bound that needs a value. */
	public boolean isBound() {
		return this == AT_LEAST || this == AT_MOST || this == ABOVE || this == BELOW;
	}

	public static Direction fromCode(String code) {
		return Arrays.stream(values())
			.filter(d -> d.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown direction " + code));
	}

}
