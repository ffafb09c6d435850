package cn.planwatch.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.CellInput;
import cn.planwatch.shared.InvalidInputException;

/**
 * The data-entry form of a task, as the browser posts it: one group of fields per indicator ×
 * breakdown, named {@code v|W-1-01|TOTAL} (value), {@code n|…} (numerator), {@code d|…}
 * (denominator), {@code s|…} (source), {@code note|…}, {@code x|…} (explanation) and {@code ver|…}
 * (the version the user loaded). Every number that is not a number is reported, naming the cell.
 */
final class CellForm {

	private CellForm() {
	}

	static String field(String prefix, String code, Breakdown breakdown) {
		return prefix + "|" + code + "|" + breakdown.key();
	}

	static List<CellInput> parse(Map<String, String> form, Map<String, List<Breakdown>> cells, Map<String, String> names) {
		List<CellInput> inputs = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		cells.forEach((code, breakdowns) -> {
			for (Breakdown breakdown : breakdowns) {
				String label = "“" + names.getOrDefault(code, code) + "（" + breakdown.label() + "）”";
				BigDecimal value = number(form.get(field("v", code, breakdown)), label + "的数值", problems);
				BigDecimal numerator = number(form.get(field("n", code, breakdown)), label + "的分子", problems);
				BigDecimal denominator = number(form.get(field("d", code, breakdown)), label + "的分母", problems);
				String version = form.get(field("ver", code, breakdown));
				Integer expected = version == null || version.isBlank() ? null : Integer.valueOf(version);
				String source = text(form.get(field("s", code, breakdown)));
				String note = text(form.get(field("note", code, breakdown)));
				String explanation = text(form.get(field("x", code, breakdown)));
				boolean empty = value == null && numerator == null && denominator == null && source == null && note == null
						&& explanation == null;
				if (!empty || expected != null) {
					inputs.add(new CellInput(code, breakdown.key(), value, numerator, denominator, source, note, explanation,
							expected));
				}
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException("cells", String.join("；", problems) + "。");
		}
		return inputs;
	}

	private static BigDecimal number(String text, String what, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(FormValues.plainDigits(text));
		}
		catch (NumberFormatException ex) {
			problems.add(what + "“" + text.strip() + "”不是数字");
			return null;
		}
	}

	private static String text(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
