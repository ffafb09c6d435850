package cn.planwatch.collection.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What a cell's number format says about its number: typed as a percentage (Excel stores "85%"
 * as 0.85) or as a date (stored as a day count). Looked up once per style.
 */
final class CellFormats {

	enum Shown {
		PLAIN, PERCENT, DATE
	}

	private final StylesTable styles;

	private final Map<Integer, Shown> cache = new HashMap<>();

	CellFormats(StylesTable styles) {
		this.styles = styles;
	}

	Shown of(int style) {
		return cache.computeIfAbsent(style, this::lookUp);
	}

	private Shown lookUp(int index) {
		if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
			return Shown.PLAIN;
		}
		XSSFCellStyle style;
		String format;
		try {
			style = styles.getStyleAt(index);
			format = style.getDataFormatString();
		}
		catch (RuntimeException e) {
			return Shown.PLAIN;
		}
		if (format == null) {
			return Shown.PLAIN;
		}
		if (unquoted(format).contains("%")) {
			return Shown.PERCENT;
		}
		return DateUtil.isADateFormat(style.getDataFormat(), format) ? Shown.DATE : Shown.PLAIN;
	}

	/** The format without its quoted literals and escaped characters: {@code 0"%"} shows no percentage. */
	private static String unquoted(String format) {
		return format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
	}

}
