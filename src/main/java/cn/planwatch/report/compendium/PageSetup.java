package cn.planwatch.report.compendium;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How every compendium sheet prints: A4, one page wide, no gridlines (the tables carry thin
 * borders), the title and header rows repeated on every page, "第 &P 页 共 &N 页" in the footer,
 * and a warning in the header of every page when the figures are demonstration data.
 */
final class PageSetup {

	static final String FOOTER = "第 &P 页 共 &N 页";

	static final String DEMO_HEADER = "演示数据，不得引用";

	/** Wider tables than this (in character widths, see {@link TextWidth}) print landscape. */
	static final int PORTRAIT_WIDTH = 100;

	private PageSetup() {
	}

	/**
	 * @param widthInCharacters the sum of the sheet's column widths
	 * @param repeatedRows how many rows from the top are repeated on every printed page (0: none)
	 */
	static void apply(XSSFSheet sheet, int widthInCharacters, int repeatedRows, boolean demo) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(widthInCharacters > PORTRAIT_WIDTH);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		sheet.setPrintGridlines(false);
		sheet.setMargin(PageMargin.LEFT, 0.5);
		sheet.setMargin(PageMargin.RIGHT, 0.5);
		sheet.setMargin(PageMargin.TOP, 0.7);
		sheet.setMargin(PageMargin.BOTTOM, 0.7);
		sheet.setMargin(PageMargin.HEADER, 0.3);
		sheet.setMargin(PageMargin.FOOTER, 0.3);
		if (repeatedRows > 0) {
			sheet.setRepeatingRows(new CellRangeAddress(0, repeatedRows - 1, -1, -1));
		}
		sheet.getFooter().setCenter(FOOTER);
		if (demo) {
			sheet.getHeader().setLeft(DEMO_HEADER);
		}
	}

}
