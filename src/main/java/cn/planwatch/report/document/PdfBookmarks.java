package cn.planwatch.report.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Turns headings into the PDF's bookmarks, nested by level: a heading's chunk carries a generic tag
 * ({@link #tag}), and when it is placed the bookmark is made to point at it — once, even when the
 * heading wraps onto a second line.
 */
final class PdfBookmarks extends PdfPageEventHelper {

	private final Deque<Level> open = new ArrayDeque<>();

	private final Set<String> placed = new HashSet<>();

	private int headings;

	private record Level(int level, PdfOutline outline) {
	}

	/** A heading's chunk, marked so that placing it makes a bookmark. */
	Chunk tag(Chunk chunk, int level) {
		chunk.setGenericTag(level + ":" + (++headings) + ":" + chunk.getContent());
		return chunk;
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String tag) {
		if (!placed.add(tag)) {
			return;
		}
		String[] parts = tag.split(":", 3);
		int level = Integer.parseInt(parts[0]);
		while (!open.isEmpty() && open.peek().level() >= level) {
			open.pop();
		}
		PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek().outline();
		PdfDestination destination = new PdfDestination(PdfDestination.FITH, where.getTop() + 20);
		open.push(new Level(level, new PdfOutline(parent, destination, parts[2], false)));
	}

}
