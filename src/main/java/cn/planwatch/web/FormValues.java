package cn.planwatch.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.planwatch.shared.InvalidInputException;

/** Reading typed form values, refusing bad ones with a Chinese message that names the field. */
final class FormValues {

	private FormValues() {
	}

	/** A year between 2000 and 2100. */
	static int year(String text, String field, String label) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year < 2000 || year > 2100) {
				throw new NumberFormatException();
			}
			return year;
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new InvalidInputException(field, label + "“" + text + "”不是有效的年份。");
		}
	}

	/** A date written as 年-月-日. */
	static LocalDate date(String text, String field, String label) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw new InvalidInputException(field, label + "“" + text + "”格式不正确，应为 年-月-日。");
		}
	}

	/** A number, or null for an empty field. */
	static BigDecimal number(String text, String field, String label) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(plainDigits(text));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, label + "“" + text.strip() + "”不是有效的数字。");
		}
	}

	/** The number as typed, without thousands separators, full-width digits and point made half-width. */
	static String plainDigits(String text) {
		String normalised = text.strip().replace(",", "").replace("，", "");
		StringBuilder halfWidth = new StringBuilder();
		normalised.codePoints()
			.forEach(c -> halfWidth.appendCodePoint(c >= 0xFF10 && c <= 0xFF19 ? c - 0xFEE0 : c == 0xFF0E ? '.' : c));
		return halfWidth.toString();
	}

}
