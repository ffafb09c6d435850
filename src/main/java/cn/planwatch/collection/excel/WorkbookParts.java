package cn.planwatch.collection.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * An opened .xlsx package for streaming reads: the worksheets by name, the shared strings and the
 * cell styles. Opening or reading may throw anything POI throws for a damaged file; the caller
 * turns that into a problem. Closing discards the package without writing anything.
 */
final class WorkbookParts implements AutoCloseable {

	private final OPCPackage pkg;

	private final Map<String, PackagePart> sheets = new LinkedHashMap<>();

	private final List<String> strings;

	private final CellFormats formats;

	private WorkbookParts(OPCPackage pkg) throws Exception {
		this.pkg = pkg;
		XSSFReader reader = new XSSFReader(pkg);
		XSSFReader.SheetIterator iterator = reader.getSheetIterator();
		while (iterator.hasNext()) {
			try (InputStream ignored = iterator.next()) {
				sheets.put(iterator.getSheetName(), iterator.getSheetPart());
			}
		}
		strings = sharedStrings(pkg);
		StylesTable styles = reader.getStylesTable();
		formats = new CellFormats(styles);
	}

	private static List<String> sharedStrings(OPCPackage pkg) throws Exception {
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (parts.isEmpty()) {
			return List.of();
		}
		try (InputStream xml = parts.get(0).getInputStream()) {
			return SharedStringsXml.read(xml);
		}
	}

	static WorkbookParts open(byte[] content) throws Exception {
		OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
		try {
			return new WorkbookParts(pkg);
		}
		catch (Exception | Error e) {
			pkg.revert();
			throw e;
		}
	}

	/** The named sheet, empty when the workbook has none of that name. */
	Optional<SheetContent> sheet(String name, int rowLimit, int columns) throws IOException, SAXException {
		PackagePart part = sheets.get(name);
		if (part == null) {
			return Optional.empty();
		}
		try (InputStream xml = part.getInputStream()) {
			return Optional.of(SheetXmlReader.read(xml, strings, rowLimit, columns));
		}
	}

	CellFormats formats() {
		return formats;
	}

	@Override
	public void close() {
		pkg.revert();
	}

}
