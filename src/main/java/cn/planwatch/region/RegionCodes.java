package cn.planwatch.region;

import java.util.regex.Pattern;

import cn.planwatch.shared.InvalidInputException;

/** The rules region codes follow (GB/T 2260 for province to county, 12-digit statistical codes for townships). */
public final class RegionCodes {

	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

	private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

	private RegionCodes() {
	}

	public static void check(String code, RegionLevel level) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("code", "区划代码不能为空。");
		}
		if (level == RegionLevel.TOWNSHIP) {
			if (!TWELVE_DIGITS.matcher(code).matches()) {
				throw new InvalidInputException("code", "乡镇（街道）的区划代码应为 12 位数字：" + code);
			}
			return;
		}
		if (!SIX_DIGITS.matcher(code).matches()) {
			throw new InvalidInputException("code", level.label() + "地区的区划代码应为 6 位数字：" + code);
		}
		boolean ok = switch (level) {
			case PROVINCE -> code.endsWith("0000");
			case CITY -> code.endsWith("00") && !code.endsWith("0000");
			case COUNTY -> !code.endsWith("00");
			case TOWNSHIP -> true;
		};
		if (!ok) {
			throw new InvalidInputException("code", "区划代码 " + code + " 与级别“" + level.label() + "”不符（省级以 0000 结尾，市级以 00 结尾，县级不以 00 结尾）。");
		}
	}

}
