package cn.planwatch.report.document;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Lays out a {@link Block.Table} in Word: full text width, fixed column widths from the weights, a
 * thin grid, the header row marked to repeat on every page, rows that do not break across pages,
 * toned cells coloured (bold for {@link Tone#BAD}).
 */
final class DocxTables {

	private static final int RULE_EIGHTHS_OF_A_POINT = 4;

	private DocxTables() {
	}

	static void add(XWPFDocument document, Block.Table table) {
		List<Integer> weights = table.columnWeights();
		int total = weights.stream().mapToInt(Integer::intValue).sum();
		int textWidth = PageLayout.twips(PageLayout.TEXT_WIDTH_MM);
		int[] widths = weights.stream().mapToInt(weight -> textWidth * weight / total).toArray();

		XWPFTable grid = document.createTable(table.rows().size() + 1, widths.length);
		CTTblPr properties = grid.getCTTbl().getTblPr();
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(textWidth));
		grid.setTableAlignment(TableRowAlign.CENTER);
		borders(grid);
		CTTblGrid columns = grid.getCTTbl().getTblGrid() != null ? grid.getCTTbl().getTblGrid()
				: grid.getCTTbl().addNewTblGrid();
		while (columns.sizeOfGridColArray() > 0) {
			columns.removeGridCol(0);
		}
		for (int columnWidth : widths) {
			columns.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
		}

		XWPFTableRow header = grid.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int column = 0; column < widths.length; column++) {
			XWPFTableCell cell = header.getCell(column);
			cell.setColor(Palette.HEADER_FILL);
			write(cell, widths[column], table.header().get(column), DocxStyles.TABLE_HEADER, ParagraphAlignment.CENTER,
					Tone.NORMAL);
		}
		List<Boolean> centred = ColumnAlignment.centred(table);
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = grid.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int column = 0; column < widths.length; column++) {
				Cell content = table.rows().get(r).get(column);
				XWPFTableCell cell = row.getCell(column);
				String fill = Palette.fill(content.tone());
				if (fill != null) {
					cell.getCTTc().addNewTcPr().addNewShd().setVal(STShd.CLEAR);
					cell.getCTTc().getTcPr().getShd().setFill(fill);
				}
				write(cell, widths[column], content.text(), DocxStyles.TABLE_TEXT,
						centred.get(column) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT, content.tone());
			}
		}
	}

	private static void write(XWPFTableCell cell, int width, String text, String style, ParagraphAlignment alignment,
			Tone tone) {
		cell.setWidth(String.valueOf(width));
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setStyle(style);
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		if (tone != Tone.NORMAL) {
			run.setBold(tone == Tone.BAD);
			run.setColor(Palette.text(tone));
		}
	}

	private static void borders(XWPFTable grid) {
		grid.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS_OF_A_POINT, 0, Palette.RULE);
		grid.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS_OF_A_POINT, 0, Palette.RULE);
		grid.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS_OF_A_POINT, 0, Palette.RULE);
		grid.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS_OF_A_POINT, 0, Palette.RULE);
		grid.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS_OF_A_POINT, 0, Palette.RULE);
		grid.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, RULE_EIGHTHS_OF_A_POINT, 0, Palette.RULE);
	}

}
