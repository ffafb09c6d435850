package cn.planwatch.report;

/** What kind of document was published. */
public enum PublicationKind {

	ANNUAL_REPORT("年度统计监测报告"), COMPENDIUM("妇女儿童统计资料"), EVALUATION_REPORT("评估报告");

	private final String label;

	PublicationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
