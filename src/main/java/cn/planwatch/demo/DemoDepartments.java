package cn.planwatch.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.planwatch.region.RegionLevel;

/** The member departments a demo region has, named as a city, county or township names them. */
final class DemoDepartments {

	/** kind code → name at city level, name at county level ("市"/"县" is prefixed by the region name). */
	private static final Map<String, String[]> CITY_AND_COUNTY = new LinkedHashMap<>();

	static {
		add("office", "妇女儿童工作委员会办公室", "妇女儿童工作委员会办公室");
		add("stats", "统计局", "统计局");
		add("organization", "委组织部", "委组织部");
		add("propaganda", "委宣传部", "委宣传部");
		add("united-front", "委统战部", "委统战部");
		add("cyberspace", "委网信办", "委网信办");
		add("development-reform", "发展和改革委员会", "发展和改革局");
		add("education", "教育局", "教育局");
		add("science", "科学技术局", "科学技术局");
		add("industry-it", "工业和信息化局", "工业和信息化局");
		add("civil-affairs", "民政局", "民政局");
		add("justice", "司法局", "司法局");
		add("finance", "财政局", "财政局");
		add("hrss", "人力资源和社会保障局", "人力资源和社会保障局");
		add("natural-resources", "自然资源和规划局", "自然资源局");
		add("ecology", "生态环境局", "生态环境分局");
		add("housing", "住房和城乡建设局", "住房和城乡建设局");
		add("transport", "交通运输局", "交通运输局");
		add("water", "水利局", "水务局");
		add("agriculture", "农业农村局", "农业农村局");
		add("culture-tourism", "文化广电和旅游局", "文化广电和旅游局");
		add("health", "卫生健康委员会", "卫生健康局");
		add("emergency", "应急管理局", "应急管理局");
		add("market-regulation", "市场监督管理局", "市场监督管理局");
		add("medical-insurance", "医疗保障局", "医疗保障局");
		add("sports", "体育局", "体育运动发展中心");
		add("police", "公安局", "公安局");
		add("court", "中级人民法院", "人民法院");
		add("procuratorate", "人民检察院", "人民检察院");
		add("trade-union", "总工会", "总工会");
		add("youth-league", "团委", "团委");
		add("womens-federation", "妇女联合会", "妇女联合会");
		add("disabled-persons", "残疾人联合会", "残疾人联合会");
		add("people-congress", "人大常委会办公室", "人大常委会办公室");
		add("cppcc", "政协办公室", "政协办公室");
	}

	private static final Map<String, String> TOWNSHIP = Map.of("township-office", "社会事务办公室", "health", "卫生院",
			"education", "中心学校", "womens-federation", "妇女联合会");

	private DemoDepartments() {
	}

	private static void add(String kind, String cityName, String countyName) {
		CITY_AND_COUNTY.put(kind, new String[] { cityName, countyName });
	}

	/** kind code → full department name, in display order. */
	static Map<String, String> of(DemoRegion region) {
		Map<String, String> names = new LinkedHashMap<>();
		if (region.level() == RegionLevel.TOWNSHIP) {
			for (String kind : new String[] { "township-office", "health", "education", "womens-federation" }) {
				names.put(kind, region.name() + TOWNSHIP.get(kind));
			}
			return names;
		}
		boolean city = region.level() == RegionLevel.CITY;
		String prefix = region.name();
		CITY_AND_COUNTY.forEach((kind, pair) -> {
			String name = city ? pair[0] : pair[1];
			// party bodies read "明川市委组织部", "东林县委组织部"; the league reads "共青团东林县委"
			names.put(kind, kind.equals("youth-league") ? "共青团" + prefix + "委" : prefix + name);
		});
		return names;
	}

}
