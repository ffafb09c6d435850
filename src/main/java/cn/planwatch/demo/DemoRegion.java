package cn.planwatch.demo;

import java.util.List;

import cn.planwatch.region.RegionLevel;

/**
 * A fictional region of the demo. Codes start with 99, a prefix that GB/T 2260 gives to no
 * province, so no demo figure can be mistaken for a real locality's statistics.
 */
record DemoRegion(String code, String name, String slug, RegionLevel level, List<DemoRegion> children) {

	static final DemoRegion CITY = new DemoRegion("990100", "明川市", "mingchuan", RegionLevel.CITY, List.of(
			new DemoRegion("990121", "东林县", "donglin", RegionLevel.COUNTY, List.of(
					township("990121100000", "城关镇", "chengguan"), township("990121101000", "青石镇", "qingshi"),
					township("990121200000", "柳溪乡", "liuxi"))),
			new DemoRegion("990122", "西河县", "xihe", RegionLevel.COUNTY, List.of(
					township("990122100000", "河阳镇", "heyang"), township("990122101000", "白沙镇", "baisha"),
					township("990122200000", "石门乡", "shimen")))));

	private static DemoRegion township(String code, String name, String slug) {
		return new DemoRegion(code, name, slug, RegionLevel.TOWNSHIP, List.of());
	}

}
