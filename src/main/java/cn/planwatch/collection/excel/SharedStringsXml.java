package cn.planwatch.collection.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the workbook's shared strings into plain strings (rich-text runs joined, phonetic
 * guides left out). POI's read-only table wraps each string in an XmlBeans rich text when it is
 * read, which cost more than parsing the sheet itself on a 5,000-row upload.
 */
final class SharedStringsXml extends DefaultHandler {

	private final List<String> strings = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private boolean inItem;

	private boolean inText;

	private boolean inPhonetic;

	private SharedStringsXml() {
	}

	static List<String> read(InputStream xml) throws IOException, SAXException {
		SharedStringsXml handler = new SharedStringsXml();
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(xml));
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("The JDK's SAX parser cannot be configured", e);
		}
		return handler.strings;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (SheetXmlReader.name(localName, qName)) {
			case "si" -> {
				inItem = true;
				text.setLength(0);
			}
			case "rPh" -> inPhonetic = true;
			case "t" -> inText = inItem && !inPhonetic;
			default -> {
				// runs and their properties: only the text matters
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inText) {
			text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (SheetXmlReader.name(localName, qName)) {
			case "si" -> {
				strings.add(text.toString());
				inItem = false;
			}
			case "rPh" -> inPhonetic = false;
			case "t" -> inText = false;
			default -> {
				// nothing to finish
			}
		}
	}

}
