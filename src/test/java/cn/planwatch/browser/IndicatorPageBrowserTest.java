package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.planwatch.support.PlanWatchTest;

/**
 * The indicator page in the browser: from the cockpit's infant mortality trend to its page, where the
 * sex breakdown replaces the chart and tables without reloading the page, and a value's audit trail opens
 * in place.
 */
@PlanWatchTest
class IndicatorPageBrowserTest extends BrowserTest {

	@Test
	void theSexBreakdownIsShownWithoutReloadingAndATrailOpensInPlace() {
		browser.signOut();
		browser.signIn("donglin-office", PlanWatchTest.DEMO_PASSWORD);
		browser.go("/regions/990121/cockpit");
		browser.click(browser.find(By.xpath("//a[contains(@class, 'pw-trend')][.//span[text()='婴儿死亡率']]")));
		browser.waitFor().until(ExpectedConditions.attributeToBeNotEmpty(browser.find(By.id("target-chart")), "data-drawn"));
		assertThat(browser.find(By.id("sex-gap-text")).getText()).startsWith("婴儿死亡率：").contains("女性");
		assertThat(browser.text()).contains("指标口径").contains("东林县卫生健康局").contains("终期目标");
		browser.screenshotWholePage("indicator-total");
		browser.script("window.pwSamePage = true;");

		WebElement female = browser.find(By.cssSelector("#breakdown-switch a[data-breakdown='SEX:FEMALE']"));
		female.sendKeys(Keys.ENTER);

		browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-heading"), "（女）"));
		browser.waitFor().until(ExpectedConditions.urlContains("breakdown=SEX"));
		browser.waitFor().until(ExpectedConditions.attributeToBeNotEmpty(browser.find(By.id("target-chart")), "data-drawn"));
		assertThat(browser.script("return window.pwSamePage === true;")).isEqualTo(true);
		assertThat(browser.script("return document.activeElement.getAttribute('data-breakdown');"))
			.isEqualTo("SEX:FEMALE");
		assertThat(browser.find(By.id("values-heading")).getText()).contains("（女）");
		browser.screenshot("indicator-female");

		WebElement trail = browser.find(By.cssSelector("#value-table [data-history-toggle]"));
		trail.sendKeys(Keys.ENTER);
		WebElement row = browser.find(By.id(trail.getAttribute("aria-controls")));
		browser.waitFor().until(ExpectedConditions.textToBePresentInElement(row, "历史数据导入"));
		assertThat(trail.getAttribute("aria-expanded")).isEqualTo("true");
		browser.click(trail);
		browser.waitFor().until(ExpectedConditions.invisibilityOf(row));
		assertThat(trail.getAttribute("aria-expanded")).isEqualTo("false");
		browser.click(trail);
		browser.waitFor().until(ExpectedConditions.visibilityOf(row));
		browser.screenshotWholePage("indicator-female-trail");
	}

}
