package cn.planwatch.report.document;

/**
 * The page both writers lay out: A4 with the GB/T 9704 official-document margins (top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm), giving a 156 × 225 mm text block; the page number sits
 * in the bottom margin, the demo marker in the top margin. Charts fill most of the text width.
 */
final class PageLayout {

	static final float PAGE_WIDTH_MM = 210;

	static final float PAGE_HEIGHT_MM = 297;

	static final float TOP_MM = 37;

	static final float BOTTOM_MM = 35;

	static final float LEFT_MM = 28;

	static final float RIGHT_MM = 26;

	/** From the top edge to the header's top. */
	static final float HEADER_MM = 18;

	/** From the bottom edge to the footer's bottom. */
	static final float FOOTER_MM = 22;

	static final float TEXT_WIDTH_MM = PAGE_WIDTH_MM - LEFT_MM - RIGHT_MM;

	static final float CHART_WIDTH_MM = 150;

	/** Charts are drawn at this size in chart pixels (fonts are sized against it)... */
	static final int CHART_WIDTH_PX = 640;

	static final int CHART_HEIGHT_PX = 360;

	/** ...and stored this many times larger, about 200 dpi at {@link #CHART_WIDTH_MM}: sharp in print, and a report of 100 charts stays quick to write. */
	static final int CHART_SCALE = 2;

	static final float CHART_HEIGHT_MM = CHART_WIDTH_MM * CHART_HEIGHT_PX / CHART_WIDTH_PX;

	private PageLayout() {
	}

	static float points(float mm) {
		return mm * 72f / 25.4f;
	}

	/** Twentieths of a point, Word's page unit. */
	static int twips(float mm) {
		return Math.round(mm * 1440f / 25.4f);
	}

	/** English Metric Units, Word's picture unit. */
	static int emus(float mm) {
		return Math.round(mm * 36000f);
	}

}
