package cn.planwatch.collection.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import cn.planwatch.collection.excel.RawCell.Kind;
import cn.planwatch.collection.excel.SheetContent.SheetRow;

/**
 * Streams a worksheet's XML (SAX, with POI's hardened parser: no external entities) into a
 * {@link SheetContent}, keeping what the checks need: each cell's kind, text, formula flag and
 * style, and the merged regions. Stops as soon as a filled cell lies below the row limit, so a
 * sheet with a million rows is never held in memory. Element names are matched without their
 * namespace, which reads both transitional and strict files.
 */
final class SheetXmlReader extends DefaultHandler {

	/** Thrown (and caught by {@link #read}) when a filled cell lies below the row limit. */
	static final class RowLimitExceeded extends SAXException {

		private static final long serialVersionUID = 1L;

		final int row;

		RowLimitExceeded(int row) {
			super("row " + row + " is beyond the limit");
			this.row = row;
		}

	}

	private static final int MAX_TEXT = 10_000;

	/** Excel's last column, XFD. */
	private static final int MAX_COLUMNS = 16_384;

	private final List<String> strings;

	private final int rowLimit;

	private final int columns;

	private final TreeMap<Integer, SheetRow> rows = new TreeMap<>();

	private final List<CellRangeAddress> merged = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private int row;

	private int column;

	private String type;

	private int style;

	private boolean formula;

	private boolean hasValue;

	private boolean inValue;

	private boolean inInlineString;

	private boolean inInlineText;

	private boolean inPhonetic;

	private SheetXmlReader(List<String> strings, int rowLimit, int columns) {
		this.strings = strings;
		this.rowLimit = rowLimit;
		this.columns = columns;
	}

	/**
	 * @param rowLimit last 1-based row that may hold anything
	 * @param columns how many columns (from A) to keep per row
	 * @throws RowLimitExceeded when a filled cell lies below {@code rowLimit}
	 */
	static SheetContent read(InputStream xml, List<String> strings, int rowLimit, int columns)
			throws IOException, SAXException {
		SheetXmlReader handler = new SheetXmlReader(strings, rowLimit, columns);
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(xml));
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("The JDK's SAX parser cannot be configured", e);
		}
		return new SheetContent(handler.rows, handler.merged);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (name(localName, qName)) {
			case "row" -> {
				String r = attributes.getValue("r");
				row = r == null ? row + 1 : Integer.parseInt(r);
				column = -1;
			}
			case "c" -> {
				String r = attributes.getValue("r");
				column = r == null ? column + 1 : columnOf(r);
				type = attributes.getValue("t");
				String s = attributes.getValue("s");
				style = s == null ? 0 : Integer.parseInt(s);
				formula = false;
				hasValue = false;
				text.setLength(0);
			}
			case "f" -> formula = true;
			case "v" -> {
				inValue = true;
				hasValue = true;
			}
			case "is" -> inInlineString = true;
			case "rPh" -> inPhonetic = true;
			case "t" -> {
				if (inInlineString && !inPhonetic) {
					inInlineText = true;
					hasValue = true;
				}
			}
			case "mergeCell" -> {
				String ref = attributes.getValue("ref");
				if (ref != null) {
					merged.add(CellRangeAddress.valueOf(ref));
				}
			}
			default -> {
				// other elements carry nothing the checks use
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if ((inValue || inInlineText) && text.length() < MAX_TEXT) {
			text.append(ch, start, Math.min(length, MAX_TEXT - text.length()));
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (name(localName, qName)) {
			case "v" -> inValue = false;
			case "t" -> inInlineText = false;
			case "rPh" -> inPhonetic = false;
			case "is" -> inInlineString = false;
			case "c" -> finishCell();
			default -> {
				// nothing to finish
			}
		}
	}

	private void finishCell() throws SAXException {
		if (!hasValue && !formula) {
			return;
		}
		RawCell cell = cell();
		if (!cell.hasContent()) {
			return;
		}
		if (row > rowLimit) {
			throw new RowLimitExceeded(row);
		}
		SheetRow target = rows.computeIfAbsent(row, r -> new SheetRow(r, columns));
		if (column < columns) {
			target.cells[column] = cell;
		}
		else if (target.outside == null) {
			target.outside = cell;
		}
	}

	private RawCell cell() {
		String value = text.toString();
		if (type == null || type.equals("n") || type.equals("d")) {
			return new RawCell(column, value.isEmpty() ? Kind.EMPTY : Kind.NUMBER, value, formula, style);
		}
		return switch (type) {
			case "s" -> new RawCell(column, Kind.TEXT, sharedString(value), formula, style);
			case "b" -> new RawCell(column, Kind.BOOLEAN, value, formula, style);
			case "e" -> new RawCell(column, Kind.ERROR, value, formula, style);
			default -> new RawCell(column, Kind.TEXT, value, formula, style);
		};
	}

	private String sharedString(String index) {
		try {
			return strings.get(Integer.parseInt(index.trim()));
		}
		catch (NumberFormatException | IndexOutOfBoundsException e) {
			return "";
		}
	}

	/** The 0-based column of a reference such as "AB12" (faster than parsing a {@code CellReference} per cell). */
	static int columnOf(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length()) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c == '$') {
				i++;
				continue;
			}
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
			i++;
			if (column > MAX_COLUMNS) {
				break;
			}
		}
		if (column == 0 || column > MAX_COLUMNS) {
			throw new IllegalArgumentException("Not a cell reference: " + reference);
		}
		return column - 1;
	}

	static String name(String localName, String qName) {
		if (localName != null && !localName.isEmpty()) {
			return localName;
		}
		int colon = qName.indexOf(':');
		return colon < 0 ? qName : qName.substring(colon + 1);
	}

}
