package cn.planwatch.assessment;

/** Where a rectification item stands: issued to the department, answered with measures, closed by the office. */
public enum RectificationStatus {

	ISSUED("待报送整改措施"), ANSWERED("已报送，待销号"), CLOSED("已销号");

	private final String label;

	RectificationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
