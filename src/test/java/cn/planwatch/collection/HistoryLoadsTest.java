package cn.planwatch.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

@PlanWatchTest
class HistoryLoadsTest {

	@Autowired
	HistoryLoads loads;

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	TestCounty county;

	@BeforeEach
	void county() {
		county = TestRegions.newCounty(regions, departments, users);
	}

	private HistoryValue rate(int year, String numerator, String denominator) {
		return new HistoryValue(county.code(), "W-1-01", year, "TOTAL", null, new BigDecimal(numerator),
				new BigDecimal(denominator), "2019 年统计资料");
	}

	private int valuesOfCounty() {
		return jdbc.sql("select count(*) from collection_value where region_code = ?").param(county.code())
			.query(Integer.class).single();
	}

	@Test
	void historicalValuesAreLoadedApprovedAndAudited() {
		int written = loads.load(List.of(rate(2019, "2", "5000"), rate(2020, "1", "4800")), "stats");

		assertThat(written).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from collection_value where region_code = ? and status = 'APPROVED' and origin = 'HISTORY'")
			.param(county.code()).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from collection_value_audit a join collection_value v on v.id = a.value_id
				where v.region_code = ? and a.action = 'HISTORY'""").param(county.code()).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void anExistingValueIsNotOverwritten() {
		loads.load(List.of(rate(2019, "2", "5000")), "stats");

		assertThat(loads.load(List.of(rate(2019, "9", "9000"), rate(2018, "3", "5100")), "stats")).isEqualTo(1);
		assertThat(jdbc.sql("select numerator from collection_value where region_code = ? and year = 2019")
			.param(county.code()).query(BigDecimal.class).single()).isEqualByComparingTo("2");
	}

	@Test
	void oneBadRowRefusesTheWholeLoadNamingTheRow() {
		List<HistoryValue> rows = List.of(rate(2019, "2", "5000"),
				new HistoryValue(county.code(), "W-1-01", 2020, "TOTAL", new BigDecimal("20.8"), null, null, "x"));

		assertThatThrownBy(() -> loads.load(rows, "stats")).hasMessageContaining("第 2 行").hasMessageContaining("分子和分母");
		assertThat(valuesOfCounty()).isZero();
	}

}
