package cn.planwatch.collection.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Page set-up of the visible template sheets: A4 landscape, one page wide, header row repeated, page numbers. */
final class PrintLayout {

	private PrintLayout() {
	}

	/** @param headerRow 1-based row repeated at the top of every printed page */
	static void landscape(XSSFSheet target, int headerRow) {
		PrintSetup setup = target.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		target.setFitToPage(true);
		target.setHorizontallyCenter(true);
		target.setMargin(PageMargin.LEFT, 0.4);
		target.setMargin(PageMargin.RIGHT, 0.4);
		target.setMargin(PageMargin.TOP, 0.5);
		target.setMargin(PageMargin.BOTTOM, 0.6);
		target.setRepeatingRows(new CellRangeAddress(headerRow - 1, headerRow - 1, -1, -1));
		target.getFooter().setCenter("第 &P 页，共 &N 页");
	}

}
