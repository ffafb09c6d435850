package cn.planwatch.region;

/** Administrative level, from the top down. */
public enum RegionLevel {

	PROVINCE("省级"), CITY("市级"), COUNTY("县级"), TOWNSHIP("乡镇级");

	private final String label;

	RegionLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a region of this level may sit directly below one of {@code parent}'s level. */
	public boolean mayBeChildOf(RegionLevel parent) {
		return parent.ordinal() < ordinal();
	}

}
