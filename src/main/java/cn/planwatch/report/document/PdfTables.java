package cn.planwatch.report.document;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Lays out a {@link Block.Table} as a full-width grid whose header row repeats on every page; a row
 * that does not fit at the bottom of a page moves whole to the next one.
 */
final class PdfTables {

	private static final float RULE_WIDTH = 0.5f;

	private final PdfStyles styles;

	PdfTables(PdfStyles styles) {
		this.styles = styles;
	}

	PdfPTable table(Block.Table table) {
		float[] widths = new float[table.header().size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = table.columnWeights().get(i);
		}
		PdfPTable grid = new PdfPTable(widths);
		grid.setWidthPercentage(100);
		grid.setHeaderRows(1);
		grid.setSplitLate(true);
		grid.setSpacingBefore(styles.sizes().table() * 0.4f);
		grid.setSpacingAfter(styles.sizes().body());
		for (String title : table.header()) {
			PdfPCell cell = cell(title, styles.tableHeader(), Element.ALIGN_CENTER);
			cell.setBackgroundColor(Palette.awt(Palette.HEADER_FILL));
			grid.addCell(cell);
		}
		List<Boolean> centred = ColumnAlignment.centred(table);
		for (List<Cell> row : table.rows()) {
			for (int column = 0; column < row.size(); column++) {
				Cell content = row.get(column);
				PdfPCell cell = cell(content.text(), styles.tableCell(content.tone()),
						centred.get(column) ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
				String fill = Palette.fill(content.tone());
				if (fill != null) {
					cell.setBackgroundColor(Palette.awt(fill));
				}
				grid.addCell(cell);
			}
		}
		return grid;
	}

	private PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(ChineseLineBreaks.chunk(text, font)));
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setBorderWidth(RULE_WIDTH);
		cell.setPaddingTop(2.5f);
		cell.setPaddingBottom(4.5f);
		cell.setPaddingLeft(4);
		cell.setPaddingRight(4);
		cell.setUseAscender(true);
		cell.setLeading(0, 1.25f);
		return cell;
	}

}
