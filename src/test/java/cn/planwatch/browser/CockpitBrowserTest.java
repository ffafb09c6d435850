package cn.planwatch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.planwatch.support.PlanWatchTest;

/**
 * The cockpit in the browser: a county's with its charts, sparklines and a table sorted from the
 * keyboard; a city's with its counties ranked and side by side, on a laptop and on a tablet.
 */
@PlanWatchTest
class CockpitBrowserTest extends BrowserTest {

	@Test
	void aCountyOfficeSeesItsPlansWarningsRoundAndTrends() {
		browser.signOut();
		browser.signIn("donglin-office", PlanWatchTest.DEMO_PASSWORD);
		browser.click(browser.find(By.id("cockpit-link")));

		browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pw-area-chart svg"), 2));
		assertThat(browser.find(By.id("warnings-heading")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElements(By.cssSelector(".pw-trend polyline"))).hasSizeGreaterThanOrEqualTo(6);
		assertThat(browser.find(By.id("round-heading")).getText()).isEqualTo("数据填报进度");
		assertThat(browser.text()).contains("东林县卫生健康局").contains("城关镇").contains("未销号").doesNotContain("尚无评估结果");
		browser.screenshotWholePage("cockpit-county");
	}

	@Test
	void theWarningsSortByValueFromTheKeyboard() {
		browser.signOut();
		browser.signIn("donglin-office", PlanWatchTest.DEMO_PASSWORD);
		browser.go("/regions/990121/cockpit");
		WebElement header = browser.find(By.xpath("//table[@id='warning-table']//th[contains(., '本年值')]"));
		WebElement button = header.findElement(By.tagName("button"));

		button.sendKeys(Keys.ENTER);
		browser.waitFor().until(ExpectedConditions.attributeToBe(header, "aria-sort", "ascending"));
		List<Double> ascending = values();
		button.sendKeys(Keys.SPACE);
		browser.waitFor().until(ExpectedConditions.attributeToBe(header, "aria-sort", "descending"));
		List<Double> descending = values();

		assertThat(ascending).isSorted().hasSizeGreaterThan(1);
		List<Double> reversed = new java.util.ArrayList<>(ascending);
		java.util.Collections.reverse(reversed);
		assertThat(descending).containsExactlyElementsOf(reversed);
	}

	@Test
	void aCityComparesItsCountiesOnALaptopAndATablet() {
		browser.signOut();
		browser.signIn("office", PlanWatchTest.DEMO_PASSWORD);
		browser.click(browser.find(By.linkText("驾驶舱")));

		WebElement ranking = browser.find(By.id("county-ranking"));
		assertThat(ranking.findElements(By.cssSelector("tbody tr"))).hasSize(2);
		assertThat(ranking.getText()).contains("东林县").contains("西河县");
		assertThat(browser.driver().findElements(By.cssSelector("table.pw-heat"))).hasSize(2);
		assertThat(browser.text()).contains("下辖县区").contains("明川市妇女发展规划（2021—2030年）");
		browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pw-area-chart svg"), 2));
		browser.screenshotWholePage("cockpit-city");

		browser.resize(820, 1180);
		try {
			browser.waitFor().until(d -> (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"));
			// the ranking and the colour tables fit the tablet's width: none scrolls inside its own box
			assertThat((Long) browser.script("""
					return Array.from(document.querySelectorAll('#county-ranking, table.pw-heat'))
					    .filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth).length;""")).isZero();
			browser.screenshotWholePage("cockpit-city-tablet");
		}
		finally {
			browser.resize(1366, 900);
		}
	}

	/** The 本年值 column of the warning table, top to bottom. */
	private List<Double> values() {
		return browser.driver()
			.findElements(By.cssSelector("#warning-table tbody tr td:nth-child(3)"))
			.stream()
			.map(cell -> Double.valueOf(cell.getText()))
			.toList();
	}

}
