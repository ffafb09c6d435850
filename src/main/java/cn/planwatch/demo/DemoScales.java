package cn.planwatch.demo;

import java.util.HashMap;
import java.util.Map;

import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.Polarity;
import cn.planwatch.region.RegionLevel;

/**
 * Orders of magnitude for the demo: how many births, women aged 35–64, schools or villages a
 * fictional county of about 450 000 residents has (the denominators of rates), how they change
 * from year to year, and a plausible 2020 level for indicators whose target gives no baseline.
 */
final class DemoScales {

	/** How a denominator changes from one year to the next. */
	enum Drift {
		/** Births and young cohorts: falling by 2–7 % a year. */
		BIRTHS,
		/** Resident populations and memberships: slow change. */
		STOCK,
		/** Survey samples, case loads, inspections: drawn afresh each year. */
		SAMPLE,
		/** Institutions and administrative units: now and then one more or one fewer. */
		FIXED,
		/** Average incomes: growing 3–7 % a year. */
		INCOME,
		/** Days of a year (monitoring days). */
		DAYS
	}

	/** A county's usual size of a denominator and how it drifts. */
	record Denominator(double countySize, Drift drift) {

	}

	private static final Map<String, Denominator> DENOMINATORS = new HashMap<>();

	/** 2020 levels for indicators whose plan target is only a direction, in the indicator's unit. */
	private static final Map<String, Double> TYPICAL_STARTS = new HashMap<>();

	static {
		births("活产数", 4300);
		births("围产儿数", 4350);
		births("孕产妇总人数", 4400);
		births("接受血红蛋白检测的孕产妇人数", 4200);
		births("3岁以下儿童人数", 13500);
		births("3岁以下婴幼儿数", 13500);
		births("7岁以下儿童人数", 33000);
		births("0—6岁儿童数", 32000);
		births("适龄儿童数", 29000);
		births("接受检测的5岁以下儿童数", 21000);
		births("接受测量的5岁以下儿童数", 22500);
		births("义务教育新生总数", 10200);
		sample("检出的感染孕产妇人数", 14);
		sample("完成随访的感染孕产妇所生儿童人数", 12);
		sample("调查的0—5月龄婴儿数", 450);
		sample("受观察乘车儿童数", 800);
		sample("受观察儿童数", 820);
		sample("参加体质测定的女性人数", 1500);
		sample("接受体格测量的成年女性人数", 2600);
		sample("受调查已婚女性人数", 1100);
		sample("受调查女性人数", 1300);
		sample("受调查妇女人数", 1250);
		sample("受调查成年女性人数", 1200);
		sample("女性受访者人数", 1200);
		sample("受访家庭数", 1000);
		sample("受访监护人数", 1000);
		sample("新建居住区总数", 12);
		sample("受理的婚姻家庭纠纷件数", 420);
		sample("制定或修订的文件总数", 26);
		sample("审结的申请件数", 45);
		sample("立案的拐卖妇女案件数", 3);
		sample("受理的投诉件数", 310);
		sample("抽查总批次数", 150);
		sample("发现或接报的欺凌事件数", 14);
		sample("立案的拐卖儿童案件数", 2);
		sample("涉案未成年人数", 64);
		stock("35—64岁常住妇女人数", 98000);
		stock("15—49岁育龄妇女人数", 102000);
		stock("15—50岁女性人口数", 108000);
		stock("常住女性人口数", 222000);
		stock("女性常住人口数", 222000);
		stock("应参保女性人数", 160000);
		stock("城镇就业女性人数", 42000);
		stock("女职工人数", 38000);
		stock("在园幼儿总数", 12500);
		stock("3—5岁人口数", 13200);
		stock("该届学生小学一年级入学人数", 5200);
		stock("15—17岁人口数", 15800);
		stock("中职在校生总数", 4100);
		stock("18—22岁人口数", 24500);
		stock("高等教育在校生总数", 6800);
		stock("全部就业人员数", 248000);
		stock("城镇单位就业人员数", 46000);
		stock("高级专业技术人员总数", 2100);
		stock("高技能人才总数", 5200);
		stock("已颁发的承包经营权证数", 78000);
		stock("党员总数", 26000);
		stock("职工代表总数", 5200);
		stock("董事总数", 1500);
		stock("高级管理人员总数", 3100);
		stock("社会组织负责人总数", 640);
		stock("养老机构床位总数", 3200);
		stock("常住人口数", 452000);
		stock("农村人口数", 246000);
		stock("农村总户数", 88000);
		stock("男性厕位数", 1300);
		stock("应配置母婴设施的公共场所数", 64);
		stock("0—14岁儿童人口数", 78000);
		stock("18岁以下儿童人口数", 98000);
		stock("18岁以下常住儿童人数", 98000);
		stock("未成年人口数", 98000);
		stock("接受体格测量的儿童数", 52000);
		stock("接受视力筛查的学生数", 61000);
		stock("接受筛查的小学生人数", 36000);
		stock("接受筛查的初中生人数", 16500);
		stock("接受口腔检查的12岁儿童数", 5100);
		stock("参加测试的学生数", 56000);
		stock("适龄残疾儿童少年数", 310);
		stock("有康复需求的残疾儿童数", 420);
		stock("有需求的残疾儿童数", 230);
		stock("需委托照护的留守儿童数", 1500);
		fixed("代表总数", 260);
		fixed("人大代表总数", 230);
		fixed("政协委员总数", 210);
		fixed("常委会组成人员总数", 31);
		fixed("政协常委总数", 36);
		fixed("同级正职干部总数", 160);
		fixed("工作部门领导班子总数", 42);
		fixed("领导班子成员总数", 620);
		fixed("村委会成员总数", 1150);
		fixed("村委会主任总数", 225);
		fixed("村党组织书记总数", 225);
		fixed("居委会成员总数", 210);
		fixed("居委会主任总数", 42);
		fixed("社区党组织书记总数", 42);
		fixed("城乡社区总数", 267);
		fixed("城市社区总数", 42);
		fixed("农村社区（村）总数", 225);
		fixed("村（居）总数", 267);
		fixed("村（社区）总数", 267);
		fixed("行政村总数", 225);
		fixed("婚姻登记机关总数", 3);
		fixed("县级及以上党校总数", 1);
		fixed("县级行政区总数", 1);
		fixed("基层法院总数", 1);
		fixed("公共图书馆总数", 2);
		fixed("3A级及以上景区总数", 7);
		fixed("水源监测断面总数", 8);
		fixed("中小学校总数", 118);
		fixed("中小学幼儿园总数", 246);
		fixed("义务教育学校总数", 98);
		fixed("学校食堂总数", 128);
		fixed("应纳入项目的乡镇数", 12);
		fixed("乡镇（街道）总数", 14);
		fixed("在岗儿童督导员和儿童主任人数", 281);
		DENOMINATORS.put("男性就业人员年平均劳动收入", new Denominator(62000, Drift.INCOME));
		DENOMINATORS.put("有效监测天数", new Denominator(365, Drift.DAYS));

		start("W-1-02", 80.2);
		start("W-1-03", 69.5);
		start("W-1-05", 52);
		start("W-1-14", 11.5);
		start("W-1-15", 22);
		start("W-1-16", 18);
		start("W-1-17", 4.2);
		start("W-1-18", 55);
		start("W-1-19", 13.5);
		start("W-1-21", 88);
		start("W-2-01", 46.8);
		start("W-2-03", 6);
		start("W-2-05", 41);
		start("W-2-07", 51);
		start("W-2-09", 3.8);
		start("W-2-10", 9.4);
		start("W-2-11", 0.6);
		start("W-3-03", 2600);
		start("W-3-05", 31);
		start("W-3-07", 78);
		start("W-3-08", 6);
		start("W-3-09", 72);
		start("W-3-10", 0.7);
		start("W-4-01", 28);
		start("W-4-02", 27);
		start("W-4-04", 20);
		start("W-4-06", 18);
		start("W-4-09", 14);
		start("W-4-10", 26);
		start("W-4-11", 21);
		start("W-4-12", 29);
		start("W-4-13", 30);
		start("W-4-14", 12);
		start("W-4-16", 11);
		start("W-4-17", 38);
		start("W-4-20", 27);
		start("W-5-01", 72);
		start("W-5-04", 16000);
		start("W-5-05", 21000);
		start("W-5-09", 55);
		start("W-6-01", 1.9);
		start("W-6-05", 60);
		start("W-7-02", 68);
		start("W-7-05", 76);
		start("W-8-02", 72);
		start("W-8-03", 6.5);
		start("W-8-05", 320);
		start("C-1-05", 82);
		start("C-1-16", 9.5);
		start("C-1-18", 52);
		start("C-2-01", 14);
		start("C-2-02", 3.2);
		start("C-2-03", 3.8);
		start("C-2-04", 28);
		start("C-2-05", 55);
		start("C-3-05", 85);
		start("C-4-04", 6.5);
		start("C-4-14", 14);
		start("C-5-04", 58);
		start("C-5-05", 62);
		start("C-6-03", 60);
		start("C-6-10", 76);
		start("C-7-01", 45);
		start("C-7-03", 0);
		start("C-7-06", 1);
	}

	private DemoScales() {
	}

	private static void births(String name, double size) {
		DENOMINATORS.put(name, new Denominator(size, Drift.BIRTHS));
	}

	private static void sample(String name, double size) {
		DENOMINATORS.put(name, new Denominator(size, Drift.SAMPLE));
	}

	private static void stock(String name, double size) {
		DENOMINATORS.put(name, new Denominator(size, Drift.STOCK));
	}

	private static void fixed(String name, double size) {
		DENOMINATORS.put(name, new Denominator(size, Drift.FIXED));
	}

	private static void start(String code, double level) {
		TYPICAL_STARTS.put(code, level);
	}

	/** The county-sized denominator of a rate, guessed from its name when not listed. */
	static Denominator denominator(String name) {
		Denominator known = DENOMINATORS.get(name);
		if (known != null) {
			return known;
		}
		if (name.contains("受调查") || name.contains("受访") || name.contains("调查的") || name.contains("受观察")) {
			return new Denominator(1200, Drift.SAMPLE);
		}
		return name.endsWith("总数") ? new Denominator(100, Drift.FIXED) : new Denominator(1000, Drift.STOCK);
	}

	/**
	 * A plausible 2020 level for an indicator without a baseline, in its unit; counts are for a
	 * county and are multiplied by {@code regionScale}.
	 */
	static double typicalStart(Indicator indicator, double regionScale) {
		Double known = TYPICAL_STARTS.get(indicator.code());
		boolean count = !indicator.isRatio() && isCountUnit(indicator.unit());
		if (known != null) {
			return count ? Math.round(known * regionScale) : known;
		}
		if (count) {
			return Math.round(100 * regionScale);
		}
		if ("%".equals(indicator.unit())) {
			return indicator.polarity() == Polarity.LOWER ? 12 : 60;
		}
		return 10;
	}

	/** How much larger than a county a region is: the city counts everything in its districts and counties. */
	static double regionScale(DemoRegion region) {
		if (region.level() == RegionLevel.CITY) {
			return 3.2;
		}
		int index = DemoRegion.CITY.children().indexOf(region);
		return index <= 0 ? 1.1 : 0.85;
	}

	/** Units of whole things (people, institutions, places): values in them are whole numbers. */
	static boolean isCountUnit(String unit) {
		return unit != null && (unit.equals("名") || unit.equals("人") || unit.equals("个") || unit.equals("所")
				|| unit.equals("张") || unit.equals("家"));
	}

}
