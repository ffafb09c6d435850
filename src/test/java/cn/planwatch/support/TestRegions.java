package cn.planwatch.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.planwatch.access.NewAccount;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.DepartmentKind;
import cn.planwatch.region.Departments;
import cn.planwatch.region.RegionLevel;
import cn.planwatch.region.Regions;

/**
 * Fresh regions for tests that change plans, so that they neither see nor disturb the demo
 * regions other tests read: counties under a test city 990200, each with a few departments, an
 * office, a statistics bureau, a leadership group and one reporter per department, all with the
 * password {@link PlanWatchTest#DEMO_PASSWORD}.
 */
public final class TestRegions {

	public static final String TEST_CITY = "990200";

	private static final List<String> KINDS = List.of("office", "stats", "health", "education", "civil-affairs",
			"court", "womens-federation", "medical-insurance");

	private TestRegions() {
	}

	public record TestCounty(String code, String name, String office, Map<String, Long> departments,
			Map<String, String> departmentNames, List<TestTownship> townships) {

		/** The name of the county's department of a kind, e.g. "测试3县卫生健康" for {@code health}. */
		public String departmentName(String kind) {
			return departmentNames.get(kind);
		}

	}

	/** A township of a test county with its health centre and its office (township-office). */
	public record TestTownship(String code, String name, long health, long office) {

	}

	public static synchronized TestCounty newCountyWithTownships(Regions regions, Departments departments,
			UserAccounts users, int townshipCount) {
		TestCounty county = newCounty(regions, departments, users);
		List<TestTownship> townships = new java.util.ArrayList<>();
		for (int i = 1; i <= townshipCount; i++) {
			String code = county.code() + String.format("%03d", 100 + i) + "000";
			String name = county.name() + i + "镇";
			regions.create(code, name, RegionLevel.TOWNSHIP, county.code(), i, false);
			long health = departments.create(code, "health", name + "卫生院").id();
			long office = departments.create(code, "township-office", name + "社会事务办").id();
			townships.add(new TestTownship(code, name, health, office));
		}
		return new TestCounty(county.code(), county.name(), county.office(), county.departments(),
				county.departmentNames(), townships);
	}

	public static synchronized TestCounty newCounty(Regions regions, Departments departments, UserAccounts users) {
		if (regions.find(TEST_CITY).isEmpty()) {
			regions.create(TEST_CITY, "测试市", RegionLevel.CITY, null, 99, false);
		}
		int n = 1;
		while (regions.find(code(n)).isPresent()) {
			n++;
		}
		String code = code(n);
		String name = "测试" + n + "县";
		regions.create(code, name, RegionLevel.COUNTY, TEST_CITY, n, false);
		Map<String, Long> ids = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> kindNames = departments.kinds()
			.stream()
			.collect(java.util.stream.Collectors.toMap(DepartmentKind::code, DepartmentKind::name));
		for (String kind : KINDS) {
			names.put(kind, name + kindNames.get(kind));
			ids.put(kind, departments.create(code, kind, names.get(kind)).id());
		}
		String office = "test-office-" + code;
		List<NewAccount> accounts = new java.util.ArrayList<>();
		accounts.add(new NewAccount(office, name + "妇儿工委办", Role.OFFICE, code, null));
		accounts.add(new NewAccount(stats(code), name + "统计局", Role.STATS, code, null));
		accounts.add(new NewAccount(leader(code), name + "领导小组", Role.LEADER, code, null));
		ids.forEach((kind, id) -> accounts.add(NewAccount.reporter(reporter(kind, code), names.get(kind) + "填报员", id)));
		users.createAll(accounts, PlanWatchTest.DEMO_PASSWORD, false);
		return new TestCounty(code, name, office, ids, names, List.of());
	}

	/** The statistics bureau account of a test county. */
	public static String stats(String countyCode) {
		return "test-stats-" + countyCode;
	}

	/** The leadership group account of a test county. */
	public static String leader(String countyCode) {
		return "test-leader-" + countyCode;
	}

	/** The reporter account of a test county's department of {@code kind}. */
	public static String reporter(String kind, String countyCode) {
		return "test-reporter-" + kind + "-" + countyCode;
	}

	private static String code(int n) {
		return String.format("9902%02d", n);
	}

}
