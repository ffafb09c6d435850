package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.TestRegions;
import cn.planwatch.support.TestRegions.TestCounty;

/** A commission office imports a real notice through the browser, corrects a target and publishes the plan. */
@PlanWatchTest
class ImportBrowserTest extends BrowserTest {

	static final Path NOTICE = Path.of("..", "shared", "seeds", "004_684425739db54e33.txt").toAbsolutePath().normalize();

	@Autowired
	Regions regions;

	@Autowired
	Departments departments;

	@Autowired
	UserAccounts users;

	@Test
	void importsANoticeCorrectsATargetAndPublishes() {
		Assumptions.assumeTrue(Files.exists(NOTICE), "../shared/seeds is absent: import browser test skipped");
		TestCounty county = TestRegions.newCounty(regions, departments, users);
		browser.signOut();
		browser.signIn(county.office(), PlanWatchTest.DEMO_PASSWORD);
		browser.click(browser.find(By.linkText("规划导入")));
		new Select(browser.find(By.id("regionCode"))).selectByValue(county.code());
		browser.driver().findElement(By.id("file")).sendKeys(NOTICE.toString());
		browser.screenshot("import-form");
		browser.click(browser.driver().findElement(By.cssSelector("form[enctype] button[type=submit]")));

		browser.find(By.id("publish"));
		assertThat(browser.text()).contains("生成 1 份规划草稿").contains("儿童发展规划").contains("（一）儿童与健康");
		browser.screenshot("import-review");

		WebElement row = browser.driver().findElement(By.xpath("//tr[td[1][contains(., '婴儿死亡率')]]"));
		String rowId = row.getAttribute("id");
		browser.click(row.findElement(By.linkText("修改")));
		WebElement value = browser.find(By.cssSelector("#" + rowId + " input[name=value]"));
		value.clear();
		value.sendKeys("4.5");
		browser.click(browser.driver().findElement(By.cssSelector("#" + rowId + " button[type=submit]")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id(rowId), "4.5‰"));
		browser.screenshot("import-review-corrected");

		browser.click(browser.driver().findElement(By.id("publish")));
		browser.driver().switchTo().alert().accept();
		browser.waitFor().until(ExpectedConditions.urlMatches(".*/plans/\\d+$"));
		assertThat(browser.text()).contains("已发布").contains("4.5‰");
		browser.screenshot("import-published");
	}

}
