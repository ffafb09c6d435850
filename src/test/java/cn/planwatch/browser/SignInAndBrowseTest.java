package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import cn.planwatch.support.PlanWatchTest;

/** A new user's first minutes, in a real browser: sign in per role, find the plans, browse and filter them. */
@PlanWatchTest
class SignInAndBrowseTest extends BrowserTest {

	@Test
	void aWrongPasswordIsExplainedInChinese() {
		browser.signOut();
		browser.signIn("office", "not-the-password");

		assertThat(browser.find(By.cssSelector(".alert-danger")).getText()).contains("用户名或密码不正确");
		browser.screenshot("login-failed");
	}

	@Test
	void theCommissionOfficeSignsInAndBrowsesACountyPlan() {
		browser.signOut();
		browser.signIn("office", PlanWatchTest.DEMO_PASSWORD);
		browser.find(By.id("plans-heading"));
		assertThat(browser.text()).contains("明川市妇女发展规划（2021—2030年）").contains("演示数据").contains("东林县");
		browser.screenshot("home-office");

		browser.click(browser.find(By.linkText("东林县")));
		browser.find(By.id("departments-heading"));
		assertThat(browser.text()).contains("东林县卫生健康局").contains("城关镇");
		browser.screenshot("region-county");

		browser.click(browser.find(By.linkText("东林县妇女发展规划（2021—2030年）")));
		browser.find(By.id("area-h-1"));
		assertThat(browser.text()).contains("（一）妇女与健康").contains("（八）妇女与法律").contains("孕产妇死亡率");
		browser.screenshot("plan-women");

		new Select(browser.find(By.id("department"))).selectByVisibleText("东林县人民法院");
		browser.waitFor().until(ExpectedConditions.urlContains("department="));
		browser.waitFor().until(ExpectedConditions.invisibilityOfElementWithText(By.id("plan-areas"), "孕产妇死亡率"));
		assertThat(browser.find(By.id("plan-areas")).getText()).contains("东林县人民法院").doesNotContain("孕产妇死亡率");
		browser.screenshot("plan-women-filtered");
	}

	@Test
	void aDepartmentReporterFindsItsOwnTargetsFromTheStartPage() {
		browser.signOut();
		browser.signIn("donglin-reporter-education", PlanWatchTest.DEMO_PASSWORD);
		browser.click(browser.find(By.linkText("本单位负责的目标")));
		browser.find(By.id("plan-areas"));

		assertThat(browser.find(By.id("department")).getAttribute("value")).isNotEmpty();
		assertThat(browser.text()).contains("东林县教育局");
		browser.screenshot("plan-reporter-education");
	}

	@Test
	void theIndicatorCatalogueFiltersAsOneTypes() {
		browser.signOut();
		browser.signIn("viewer", PlanWatchTest.DEMO_PASSWORD);
		browser.go("/indicators");
		browser.find(By.id("q")).sendKeys("死亡率");
		browser.waitFor().until(ExpectedConditions.urlContains("q="));
		browser.waitFor().until(d -> !browser.find(By.id("indicator-table")).getText().contains("宫颈癌"));

		assertThat(browser.find(By.id("indicator-table")).getText()).contains("孕产妇死亡率").contains("婴儿死亡率");
		browser.screenshot("indicators-search");
	}

}
