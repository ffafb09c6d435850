package cn.planwatch.report.document;

/** The fixed Chinese texts the writers add to every document. */
final class DocumentTexts {

	/** In the header of every page of a document made from demo data. */
	static final String DEMO_MARKER = "演示数据 · 合成数据，非正式统计结果";

	static final String PAGE_PREFIX = "第 ";

	static final String PAGE_MIDDLE = " 页 共 ";

	static final String PAGE_SUFFIX = " 页";

	private DocumentTexts() {
	}

	/** 第 3 页 共 12 页 */
	static String pageLabel(int page, int pages) {
		return PAGE_PREFIX + page + PAGE_MIDDLE + pages + PAGE_SUFFIX;
	}

}
