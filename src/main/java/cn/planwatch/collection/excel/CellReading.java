package cn.planwatch.collection.excel;

import java.math.BigDecimal;

/** What one input cell holds — a number, a text or nothing — or, when it cannot be read, why (in Chinese). */
record CellReading(BigDecimal number, String text, String problem) {

	static final CellReading NOTHING = new CellReading(null, null, null);

	static CellReading number(BigDecimal number) {
		return new CellReading(number, null, null);
	}

	static CellReading text(String text) {
		return new CellReading(null, text, null);
	}

	static CellReading refused(String problem) {
		return new CellReading(null, null, problem);
	}

	boolean refused() {
		return problem != null;
	}

}
